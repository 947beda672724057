/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "wm-journey-format.h"
#include "wm-markdown-report.h"
#include "wm-model.h"
#include "wm-test-util.h"

/* The Markdown report of a workspace: what it says about the sample workspaces, that every
 * table stays a table whatever the text holds, and `waymark-cli export --format md`. */

static WmDocument *
load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  WmDocument *document = wm_journey_format_load (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);

  return document;
}

static WmDocument *
load_template (const char *name)
{
  g_autofree char *path = wm_test_template_path (name);

  return load_path (path);
}

/* The cells of a table row: '|' not escaped with a backslash. */
static guint
count_pipes (const char *line)
{
  guint n = 0;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '|')
        n++;
    }

  return n;
}

/* Every table's rows have as many cells as its header, and no cell breaks its line. */
static guint
assert_tables_well_formed (const char *report)
{
  g_auto(GStrv) lines = g_strsplit (report, "\n", -1);
  guint header_pipes = 0;
  guint n_tables = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] != '|')
        {
          header_pipes = 0;
          continue;
        }
      if (header_pipes == 0)
        {
          header_pipes = count_pipes (lines[i]);
          n_tables++;
          g_assert_nonnull (lines[i + 1]);
          g_assert_true (g_str_has_prefix (lines[i + 1], "|---|"));
          g_assert_cmpuint (count_pipes (lines[i + 1]), ==, header_pipes);
        }
      g_assert_cmpuint (count_pipes (lines[i]), ==, header_pipes);
    }

  return n_tables;
}

static char *
section (const char *report,
         const char *heading)
{
  const char *start = strstr (report, heading);
  const char *end;

  g_assert_nonnull (start);
  end = strstr (start + strlen (heading), "\n## ");

  return end != NULL ? g_strndup (start, end - start) : g_strdup (start);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is not in the report", needle);
}

static void
test_templates (void)
{
  g_auto(GStrv) templates = wm_test_list_templates ();

  for (guint t = 0; templates[t] != NULL; t++)
    {
      g_autoptr(WmDocument) document = load_path (templates[t]);
      g_autofree char *report = wm_markdown_report (document);
      g_autofree char *title = wm_markdown_escape (wm_document_get_title (document), FALSE);
      g_autofree char *first_line = g_strdup_printf ("# %s\n", title);
      g_autofree char *pains = section (report, "\n## Pain points\n");
      g_autofree char *opportunities = section (report, "\n## Opportunities\n");
      WmObjectList *personas = wm_document_get_personas (document);
      WmObjectList *maps = wm_document_get_maps (document);
      guint n_stages = 0;

      g_test_message ("%s", templates[t]);
      g_assert_true (g_utf8_validate (report, -1, NULL));
      g_assert_true (g_str_has_prefix (report, first_line));
      g_assert_true (g_str_has_suffix (report, "\n") && !g_str_has_suffix (report, "\n\n"));

      for (guint i = 0; i < wm_object_list_get_length (personas); i++)
        {
          WmPersona *persona = wm_object_list_get (personas, i);
          g_autofree char *name = wm_markdown_escape (wm_persona_get_name (persona), FALSE);
          g_autofree char *heading = g_strdup_printf ("\n### %s\n", name);
          g_autofree char *quote = wm_markdown_escape (wm_persona_get_quote (persona), FALSE);
          g_autofree char *quote_line = g_strdup_printf ("\n> %s\n", quote);
          const char * const *goals = wm_persona_get_goals (persona);

          assert_contains (report, heading);
          assert_contains (report, quote_line);
          for (guint g = 0; goals != NULL && goals[g] != NULL; g++)
            {
              g_autofree char *goal = wm_markdown_escape (goals[g], FALSE);
              g_autofree char *item = g_strdup_printf ("\n- %s\n", goal);

              assert_contains (report, item);
            }
        }

      for (guint m = 0; m < wm_object_list_get_length (maps); m++)
        {
          WmJourneyMap *map = wm_object_list_get (maps, m);
          WmObjectList *lanes = wm_journey_map_get_lanes (map);

          n_stages += wm_object_list_get_length (wm_journey_map_get_stages (map));
          for (guint l = 0; l < wm_object_list_get_length (lanes); l++)
            {
              WmLane *lane = wm_object_list_get (lanes, l);
              WmObjectList *cards = wm_lane_get_cards (lane);
              WmLaneKind kind = wm_lane_get_kind (lane);
              g_autofree char *row_start = NULL;
              g_autofree char *escaped_title = wm_markdown_escape (wm_lane_get_title (lane),
                                                                   TRUE);

              row_start = g_strdup_printf ("\n| **%s** |", escaped_title);
              assert_contains (report, row_start);

              for (guint c = 0; c < wm_object_list_get_length (cards); c++)
                {
                  WmCard *card = wm_object_list_get (cards, c);
                  g_autofree char *text = wm_markdown_escape (wm_card_get_text (card), TRUE);
                  g_autofree char *item = g_strdup_printf ("\n- %s — ", text);
                  const char *where = kind == WM_LANE_KIND_PAIN_POINTS ? pains
                                      : kind == WM_LANE_KIND_OPPORTUNITIES ? opportunities
                                      : NULL;

                  assert_contains (report, text);
                  if (where != NULL)
                    {
                      const char *found = strstr (where, item);
                      const char *evidence = wm_card_get_evidence (card) == WM_EVIDENCE_OBSERVED
                                               ? "Evidence: observed"
                                             : wm_card_get_evidence (card) == WM_EVIDENCE_ASSUMED
                                               ? "Evidence: assumed"
                                             : wm_card_get_evidence (card) == WM_EVIDENCE_PROPOSED
                                               ? "Evidence: proposed"
                                               : "Evidence: not stated";

                      g_assert_nonnull (found);
                      /* The evidence is on the line after the card's. */
                      found = strchr (found + 1, '\n');
                      g_assert_true (g_str_has_prefix (found, "\n  - "));
                      g_assert_true (g_str_has_prefix (found + 5, evidence));
                    }
                }
            }
        }

      /* One table per stage. */
      g_assert_cmpuint (assert_tables_well_formed (report), ==, n_stages);
    }
}

static void
test_online_shop_values (void)
{
  g_autoptr(WmDocument) document = load_template ("online-shop.journey");
  g_autofree char *report = wm_markdown_report (document);

  assert_contains (report, "## Personas\n");
  assert_contains (report, "\n> I don't need the best machine. I need one that works by "
                           "Saturday.\n");
  assert_contains (report, "\n## Journey maps\n\n### Coffee machine purchase\n");
  /* A stage's description goes under its heading. */
  assert_contains (report, "\n#### Discover\n\nFrom the first trigger to a shortlist\n\n"
                           "| Lane | See an ad | Compare models | Read reviews |\n|---|---|---|---|\n");
  /* Metrics with their unit, emotion scores by persona. */
  assert_contains (report, " %");
  assert_contains (report, "Ana Duarte: +");
  assert_contains (report, "**Personas:** Ana Duarte, Ben Okafor");
}

static void
test_escaping (void)
{
  g_autoptr(WmDocument) document = wm_document_new ();
  g_autoptr(WmJourneyMap) map = wm_journey_map_new ("Map | with * stars");
  g_autoptr(WmStage) stage = wm_stage_new ("Stage");
  g_autoptr(WmStep) step = wm_step_new ("Step | one");
  g_autoptr(WmLane) lane = wm_lane_new (WM_LANE_KIND_PAIN_POINTS, "Pains");
  g_autoptr(WmCard) card = NULL;
  g_autofree char *report = NULL;

  wm_document_set_title (document, "<b>Title</b> & co");
  wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (step));
  wm_object_list_append (wm_journey_map_get_stages (map), WM_OBJECT (stage));
  card = wm_card_new (wm_object_get_id (WM_OBJECT (step)), "a|b\nc <script>");
  wm_card_set_evidence (card, WM_EVIDENCE_ASSUMED);
  wm_object_list_append (wm_lane_get_cards (lane), WM_OBJECT (card));
  wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (lane));
  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));

  report = wm_markdown_report (document);
  g_assert_true (g_str_has_prefix (report, "# &lt;b&gt;Title&lt;/b&gt; &amp; co\n"));
  assert_contains (report, "### Map | with \\* stars\n");
  assert_contains (report, "| Lane | Step \\| one |\n");
  assert_contains (report, "| **Pains** | • a\\|b<br>c &lt;script&gt; *(assumed)* |\n");
  assert_contains (report, "## Pain points\n\n- a\\|b<br>c &lt;script&gt; — Map | with \\* stars"
                           " › Stage › Step | one\n  - Evidence: assumed\n");
  g_assert_null (strstr (report, "<script>"));
  g_assert_cmpuint (assert_tables_well_formed (report), ==, 1);

  /* An empty workspace still makes a page. */
  g_clear_pointer (&report, g_free);
  g_clear_object (&document);
  document = wm_document_new ();
  report = wm_markdown_report (document);
  g_assert_cmpstr (report, ==, "# Untitled workspace\n");
}

static void
test_cli (void)
{
  g_autofree char *template = wm_test_template_path ("saas-onboarding.journey");
  g_autofree char *dir = g_dir_make_tmp ("waymark-report-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "report.md", NULL);
  g_autofree char *odd = g_build_filename (dir, "report.txt", NULL);
  g_autoptr(WmDocument) document = load_template ("saas-onboarding.journey");
  g_autofree char *expected = wm_markdown_report (document);
  g_autofree char *written = NULL;
  g_autofree char *std_out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (wm_test_run_cli ((const char *[]) { "export", template, "-o", out, NULL },
                                    &std_out, &err), ==, 0);
  g_file_get_contents (out, &written, NULL, NULL);
  g_assert_cmpstr (written, ==, expected);
  g_clear_pointer (&written, g_free);
  g_clear_pointer (&std_out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (wm_test_run_cli ((const char *[]) { "export", template, "--format",
                                                       "markdown", "-o", odd, NULL },
                                    &std_out, &err), ==, 0);
  g_file_get_contents (odd, &written, NULL, NULL);
  g_assert_cmpstr (written, ==, expected);
  g_clear_pointer (&std_out, g_free);
  g_clear_pointer (&err, g_free);
  g_unlink (odd);

  /* The report is of the whole workspace: --item is a usage error. */
  g_assert_cmpint (wm_test_run_cli ((const char *[]) { "export", template, "-f", "md", "-i",
                                                       "x", "-o", odd, NULL }, &std_out, &err),
                   ==, 2);
  g_assert_nonnull (strstr (err, "--item"));
  g_assert_false (g_file_test (odd, G_FILE_TEST_EXISTS));

  g_unlink (out);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/templates", test_templates);
  g_test_add_func ("/report/online-shop-values", test_online_shop_values);
  g_test_add_func ("/report/escaping", test_escaping);
  g_test_add_func ("/report/cli", test_cli);

  return g_test_run ();
}
