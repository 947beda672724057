/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-bench"

#include "config.h"

#include "wm-bench-generator.h"
#include "wm-journey-format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Realistic workspaces for the benchmarks: the lanes, lane mix, text lengths, tags, evidence
 * and owners of the three templates in data/templates, scaled to any number of cards. Every
 * value comes from a counter-based generator keyed by (seed, what, index), so a card does not
 * depend on how many cards come before or after it.
 */

#define N_STAGES 5

typedef struct
{
  guint64 state;
} Rng;

static guint64
mix (guint64 x)
{
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;

  return x ^ (x >> 31);
}

static Rng
rng_for (guint32 seed,
         guint   what,
         guint   index)
{
  Rng rng = { mix (mix (((guint64) seed << 32) | what) ^ index) };

  return rng;
}

static guint64
rng_next (Rng *rng)
{
  rng->state += 0x9e3779b97f4a7c15ull;

  return mix (rng->state);
}

/* A number in [0, n). */
static guint
rng_below (Rng   *rng,
           guint  n)
{
  return (guint) (rng_next (rng) % n);
}

static gboolean
rng_chance (Rng   *rng,
            guint  percent)
{
  return rng_below (rng, 100) < percent;
}

enum
{
  WHAT_ID = 1,
  WHAT_CARD,
  WHAT_STEP,
  WHAT_OTHER,
};

static char *
make_id (guint32 seed,
         guint   what,
         guint   index)
{
  Rng rng = rng_for (seed, WHAT_ID, what * 1000003u + index);
  guint64 a = rng_next (&rng), b = rng_next (&rng);

  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%012" G_GINT64_MODIFIER "x",
                          (guint) (a >> 32), (guint) (a >> 16) & 0xffff, (guint) a & 0xfff,
                          0x8000 | ((guint) (b >> 48) & 0x3fff), (guint64) (b & 0xffffffffffffull));
}

static gpointer
new_object (GType    type,
            guint32  seed,
            guint    what,
            guint    index)
{
  g_autofree char *id = make_id (seed, what, index);

  return g_object_new (type, "id", id, NULL);
}

typedef struct
{
  WmLaneKind  kind;
  const char *title;
  const char *colour;
  guint       weight;       /* cards per 75 in the templates */
  guint       mean_length;  /* characters of a card's text in the templates */
  guint       tag_percent;
  WmEvidence  evidence;
  guint       owner_percent;
} LaneSpec;

static const LaneSpec card_lanes[] = {
  { WM_LANE_KIND_ACTIONS, "Actions", NULL, 11, 50, 0, WM_EVIDENCE_OBSERVED, 0 },
  { WM_LANE_KIND_THOUGHTS, "Thoughts", NULL, 10, 43, 0, WM_EVIDENCE_OBSERVED, 0 },
  { WM_LANE_KIND_TOUCHPOINTS, "Touchpoints", NULL, 11, 30, 0, WM_EVIDENCE_NONE, 0 },
  { WM_LANE_KIND_CHANNELS, "Channels", NULL, 14, 5, 0, WM_EVIDENCE_NONE, 0 },
  { WM_LANE_KIND_PAIN_POINTS, "Pain points", "#f66151", 7, 62, 80, WM_EVIDENCE_OBSERVED, 0 },
  { WM_LANE_KIND_OPPORTUNITIES, "Opportunities", "#57e389", 5, 55, 25, WM_EVIDENCE_PROPOSED, 90 },
  { WM_LANE_KIND_IDEAS, "Ideas", NULL, 3, 58, 50, WM_EVIDENCE_PROPOSED, 60 },
  { WM_LANE_KIND_BACKSTAGE, "Backstage", NULL, 6, 56, 0, WM_EVIDENCE_OBSERVED, 0 },
  { WM_LANE_KIND_KPIS, "KPIs", NULL, 5, 30, 0, WM_EVIDENCE_OBSERVED, 0 },
  { WM_LANE_KIND_TEXT, "Research notes", NULL, 3, 58, 100, WM_EVIDENCE_OBSERVED, 0 },
};

/* Where the emotion and metrics lanes sit among the card lanes, as in the templates. */
#define EMOTION_AFTER 3  /* after Channels */
#define METRICS_AFTER 8  /* after KPIs */

static const char * const words[] = {
  "compares", "prices", "on", "two", "sites", "reads", "the", "reviews", "with", "most",
  "votes", "first", "asks", "a", "friend", "waits", "for", "delivery", "window", "to", "be",
  "confirmed", "by", "text", "message", "calls", "support", "checks", "returns", "policy",
  "opens", "four", "tabs", "and", "milk", "systems", "order", "tracking", "page", "shows",
  "no", "date", "before", "payment", "guest", "checkout", "wallet", "account", "manual",
  "setup", "cleaning", "descaling", "machine", "coffee", "team", "invite", "trial", "plan",
  "booking", "room", "late", "arrival", "receipt", "survey", "app", "email", "in", "of",
  "screenshots", "product", "sends", "it", "partner", "second", "opinion", "gives", "up",
  "weekend", "visit", "under", "budget", "without", "reading", "every", "step", "again",
};

static const char * const channel_words[] = {
  "web", "app", "email", "SMS", "phone", "store", "social", "chat", "post",
};

static const char * const tag_words[] = {
  "content", "reviews", "quick win", "checkout", "delivery", "interview", "analytics",
  "support", "pricing", "onboarding",
};

static const char * const owners[] = {
  "Léa Martin (content)", "Checkout squad", "Sofia Lind (reviews PM)", "Ops", "CX research",
};

static char *
make_text (Rng            *rng,
           const LaneSpec *spec)
{
  GString *text;
  guint target;

  if (spec->kind == WM_LANE_KIND_CHANNELS)
    return g_strdup (channel_words[rng_below (rng, G_N_ELEMENTS (channel_words))]);

  /* Lengths spread from half to one and a half times the templates' mean. */
  target = spec->mean_length / 2 + rng_below (rng, spec->mean_length + 1);
  text = g_string_new (spec->kind == WM_LANE_KIND_THOUGHTS ? "“" : NULL);
  while (text->len < target)
    {
      const char *word = words[rng_below (rng, G_N_ELEMENTS (words))];

      if (text->len > 3 && rng_chance (rng, 6))
        g_string_append (text, " —");
      if (text->len > 0 && !g_str_has_suffix (text->str, "“"))
        g_string_append_c (text, ' ');
      g_string_append (text, word);
    }
  if (spec->kind == WM_LANE_KIND_KPIS)
    g_string_append_printf (text, " %u %%", rng_below (rng, 100));
  if (spec->kind == WM_LANE_KIND_THOUGHTS)
    g_string_append (text, "?”");

  /* Capitalise the first letter (all words are ASCII). */
  for (char *p = text->str; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      {
        *p = g_ascii_toupper (*p);
        break;
      }

  return g_string_free (text, FALSE);
}

static const LaneSpec *
pick_lane (Rng *rng)
{
  guint total = 0, r;

  for (guint i = 0; i < G_N_ELEMENTS (card_lanes); i++)
    total += card_lanes[i].weight;
  r = rng_below (rng, total);
  for (guint i = 0; i < G_N_ELEMENTS (card_lanes); i++)
    {
      if (r < card_lanes[i].weight)
        return &card_lanes[i];
      r -= card_lanes[i].weight;
    }

  g_assert_not_reached ();
  return NULL;
}

static WmPersona *
make_persona (guint32 seed,
              guint   index)
{
  static const struct
  {
    const char *name, *colour, *role, *age, *location, *segment, *quote, *bio;
    int tech;
  } people[] = {
    { "Ana Duarte", "#c01c28", "Logistics coordinator and parent of two", "38", "Lyon, France",
      "Convenience replacer", "I don't need the best one. I need one that works by Saturday.",
      "Ana works full time and has two children. She shops on her phone in short bursts — on "
      "the tram, in the school pickup queue — and finishes purchases on the laptop in the "
      "evening when they get complicated.", 55 },
    { "Ben Okafor", "#1c71d8", "Software tester and enthusiast", "29", "Rotterdam, Netherlands",
      "Enthusiast upgrader", "Show me the real numbers, not a lifestyle photo.",
      "Ben compares for weeks before he buys, keeps a spreadsheet of every option and wants to "
      "buy from a shop that still answers the phone two years later.", 85 },
  };
  static const char * const goals[] = {
    "Have it working before the weekend", "Spend less than planned without regretting it",
    "Choose something the whole family can use", "Avoid a second trip to return something",
    NULL,
  };
  static const char * const frustrations[] = {
    "Tables that use different terms on every site", "Being forced to create an account",
    "Delivery promises like “2–5 working days”", NULL,
  };
  static const char * const channels[] = { "social", "web", "email", "SMS", NULL };
  static const char * const tags[] = { "primary", "time-pressed", NULL };
  WmPersona *persona = new_object (WM_TYPE_PERSONA, seed, WHAT_OTHER, 100 + index);
  guint p = index % G_N_ELEMENTS (people);

  wm_persona_set_name (persona, people[p].name);
  wm_persona_set_colour (persona, people[p].colour);
  wm_persona_set_role (persona, people[p].role);
  wm_persona_set_age (persona, people[p].age);
  wm_persona_set_location (persona, people[p].location);
  wm_persona_set_segment (persona, people[p].segment);
  wm_persona_set_quote (persona, people[p].quote);
  wm_persona_set_bio (persona, people[p].bio);
  wm_persona_set_goals (persona, goals);
  wm_persona_set_needs (persona, goals + 1);
  wm_persona_set_frustrations (persona, frustrations);
  wm_persona_set_behaviours (persona, frustrations + 1);
  wm_persona_set_motivations (persona, goals + 2);
  wm_persona_set_channels (persona, channels);
  wm_persona_set_tech_proficiency (persona, people[p].tech);
  wm_persona_set_tags (persona, index == 0 ? tags : tags + 1);

  return persona;
}

static guint
auto_steps (guint n_cards)
{
  /* The templates have about 7 cards per step; big maps grow taller as well as wider:
   * 5 steps for 100 cards (20 a step), 50 steps for 5,000 (100 a step). */
  guint per_stage = (guint) (sqrt (n_cards / 2.0) / N_STAGES + 0.5);

  return N_STAGES * MAX (per_stage, 1);
}

static const char * const stage_names[N_STAGES] = {
  "Discover", "Choose", "Buy", "Receive", "Use",
};

/**
 * wm_bench_generate:
 *
 * Returns: (transfer full): a workspace with two personas and one journey map
 */
WmDocument *
wm_bench_generate (const WmBenchOptions *options)
{
  guint32 seed = options->seed;
  guint n_steps = options->n_steps > 0 ? options->n_steps : auto_steps (options->n_cards);
  WmDocument *document = new_object (WM_TYPE_DOCUMENT, seed, WHAT_OTHER, 0);
  g_autoptr(WmJourneyMap) map = new_object (WM_TYPE_JOURNEY_MAP, seed, WHAT_OTHER, 1);
  g_autoptr(GPtrArray) steps = g_ptr_array_new ();
  WmLane *lanes[G_N_ELEMENTS (card_lanes)];
  WmLane *emotion = NULL, *metrics[2] = { NULL, NULL };
  const char *persona_ids[3] = { NULL, };
  g_autofree char *title = g_strdup_printf ("Benchmark workspace, %u cards", options->n_cards);

  g_return_val_if_fail (n_steps >= 1, NULL);

  wm_document_set_title (document, title);
  wm_document_set_description (document,
                               "Generated for the benchmarks with the lane mix, text lengths, "
                               "tags and evidence of the templates.");
  wm_document_set_created (document, "2026-09-14T08:12:00Z");
  wm_document_set_modified (document, "2026-11-20T16:45:31Z");

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(WmPersona) persona = make_persona (seed, i);

      wm_object_list_append (wm_document_get_personas (document), WM_OBJECT (persona));
      persona_ids[i] = wm_object_get_id (WM_OBJECT (persona));
    }

  wm_journey_map_set_name (map, "Coffee machine purchase");
  wm_journey_map_set_description (map, "Current-state journey from the first trigger to the "
                                  "first reorder of supplies, for the two main segments.");
  wm_journey_map_set_scenario (map, "Ana replaces her broken machine before a family visit; "
                               "Ben upgrades after weeks of research.");
  wm_journey_map_set_persona_ids (map, persona_ids);

  for (guint s = 0; s < N_STAGES; s++)
    {
      g_autoptr(WmStage) stage = new_object (WM_TYPE_STAGE, seed, WHAT_OTHER, 200 + s);
      guint first = s * n_steps / N_STAGES, last = (s + 1) * n_steps / N_STAGES;

      wm_stage_set_name (stage, stage_names[s]);
      wm_stage_set_description (stage, "From the first trigger to a shortlist");
      for (guint t = first; t < last; t++)
        {
          g_autoptr(WmStep) step = new_object (WM_TYPE_STEP, seed, WHAT_STEP, t);
          g_autofree char *name = g_strdup_printf ("Step %u", t + 1);

          wm_step_set_name (step, name);
          if (t % 3 == 0)
            wm_step_set_description (step, "A sponsored reel or a search result starts the visit");
          wm_object_list_append (wm_stage_get_steps (stage), WM_OBJECT (step));
          g_ptr_array_add (steps, step);
        }
      wm_object_list_append (wm_journey_map_get_stages (map), WM_OBJECT (stage));
    }

  for (guint l = 0, other = 0; l < G_N_ELEMENTS (card_lanes); l++)
    {
      g_autoptr(WmLane) lane = new_object (WM_TYPE_LANE, seed, WHAT_OTHER, 300 + l);

      wm_lane_set_kind (lane, card_lanes[l].kind);
      wm_lane_set_title (lane, card_lanes[l].title);
      if (card_lanes[l].colour != NULL)
        wm_lane_set_colour (lane, card_lanes[l].colour);
      wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (lane));
      lanes[l] = lane;

      if (l == EMOTION_AFTER)
        {
          g_autoptr(WmLane) e = new_object (WM_TYPE_LANE, seed, WHAT_OTHER, 400 + other++);

          wm_lane_set_kind (e, WM_LANE_KIND_EMOTION);
          wm_lane_set_title (e, "Emotion");
          wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (e));
          emotion = e;
        }
      if (l == METRICS_AFTER)
        {
          static const char * const titles[] = { "Conversion", "Satisfaction" };
          static const char * const units[] = { "%", "CSAT / 5" };

          for (guint m = 0; m < G_N_ELEMENTS (metrics); m++)
            {
              g_autoptr(WmLane) lane_m = new_object (WM_TYPE_LANE, seed, WHAT_OTHER, 400 + other++);

              wm_lane_set_kind (lane_m, WM_LANE_KIND_METRICS);
              wm_lane_set_title (lane_m, titles[m]);
              wm_lane_set_unit (lane_m, units[m]);
              wm_object_list_append (wm_journey_map_get_lanes (map), WM_OBJECT (lane_m));
              metrics[m] = lane_m;
            }
        }
    }

  /* One emotion score per step and persona, one value per step and metric. */
  for (guint t = 0; t < n_steps; t++)
    {
      const char *step_id = wm_object_get_id (g_ptr_array_index (steps, t));
      Rng rng = rng_for (seed, WHAT_STEP, t);

      for (guint p = 0; p < 2; p++)
        {
          g_autoptr(WmEmotionPoint) point = new_object (WM_TYPE_EMOTION_POINT, seed, WHAT_STEP,
                                                        100000 + 2 * t + p);

          wm_emotion_point_set_step_id (point, step_id);
          wm_emotion_point_set_persona_id (point, persona_ids[p]);
          wm_emotion_point_set_score (point, (int) rng_below (&rng, 5) - 2);
          wm_object_list_append (wm_lane_get_points (emotion), WM_OBJECT (point));
        }
      for (guint m = 0; m < G_N_ELEMENTS (metrics); m++)
        {
          g_autoptr(WmMetricValue) value = new_object (WM_TYPE_METRIC_VALUE, seed, WHAT_STEP,
                                                       200000 + 2 * t + m);

          wm_metric_value_set_step_id (value, step_id);
          wm_metric_value_set_value (value, m == 0 ? (double) (20 + rng_below (&rng, 81))
                                                   : 1 + rng_below (&rng, 41) / 10.0);
          wm_object_list_append (wm_lane_get_values (metrics[m]), WM_OBJECT (value));
        }
    }

  for (guint i = 0; i < options->n_cards; i++)
    {
      Rng rng = rng_for (seed, WHAT_CARD, options->repeat > 0 ? i % options->repeat : i);
      const LaneSpec *spec = pick_lane (&rng);
      guint step = (guint) ((guint64) i * n_steps / options->n_cards);
      g_autoptr(WmCard) card = new_object (WM_TYPE_CARD, seed, WHAT_CARD, i);
      g_autofree char *text = make_text (&rng, spec);

      wm_card_set_step_id (card, wm_object_get_id (g_ptr_array_index (steps, step)));
      wm_card_set_text (card, text);
      if (rng_chance (&rng, spec->tag_percent))
        {
          const char *tags[3] = { NULL, NULL, NULL };

          tags[0] = tag_words[rng_below (&rng, G_N_ELEMENTS (tag_words))];
          if (rng_chance (&rng, 20))
            tags[1] = tag_words[rng_below (&rng, G_N_ELEMENTS (tag_words))];
          if (g_strcmp0 (tags[0], tags[1]) == 0)
            tags[1] = NULL;
          wm_card_set_tags (card, tags);
        }
      /* Most cards of research lanes say where they come from; a few are assumptions. */
      if (spec->evidence != WM_EVIDENCE_NONE)
        wm_card_set_evidence (card, rng_chance (&rng, 10) ? WM_EVIDENCE_ASSUMED : spec->evidence);
      if (rng_chance (&rng, spec->owner_percent))
        wm_card_set_owner (card, owners[rng_below (&rng, G_N_ELEMENTS (owners))]);
      wm_object_list_append (wm_lane_get_cards (lanes[spec - card_lanes]), WM_OBJECT (card));
    }

  wm_object_list_append (wm_document_get_maps (document), WM_OBJECT (map));

  return document;
}

WmDocument *
wm_bench_generate_cards (guint n_cards)
{
  WmBenchOptions options = { n_cards, 0, WM_BENCH_SEED, 0 };

  return wm_bench_generate (&options);
}

/* The workspace of @n_cards cards as Waymark saves it. */
GBytes *
wm_bench_generate_bytes (guint n_cards)
{
  g_autoptr(WmDocument) document = wm_bench_generate_cards (n_cards);

  return wm_journey_format_write (document);
}

guint
wm_bench_count_cards (WmDocument *document)
{
  WmObjectList *maps = wm_document_get_maps (document);
  guint n = 0;

  for (guint m = 0; m < wm_object_list_get_length (maps); m++)
    {
      WmObjectList *lanes = wm_journey_map_get_lanes (wm_object_list_get (maps, m));

      for (guint l = 0; l < wm_object_list_get_length (lanes); l++)
        n += wm_object_list_get_length (wm_lane_get_cards (wm_object_list_get (lanes, l)));
    }

  return n;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

double
wm_bench_median (double *values,
                 guint   n)
{
  qsort (values, n, sizeof (double), compare_double);

  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* CPU time of this process in microseconds. The machine that runs the benchmarks may be
 * shared: time spent waiting for a CPU is not the program's, so in-process figures count
 * CPU time rather than wall-clock time. */
gint64
wm_bench_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);

  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* The high-water mark of this process's resident memory, from /proc/self/status. */
double
wm_bench_peak_rss_mib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");

  return line != NULL ? g_ascii_strtod (line + 6, NULL) / 1024.0 : 0;
}

/* "1.23 0.98 0.77": the machine's load when measuring, since the CPU may be shared. */
char *
wm_bench_load_average (void)
{
  g_autofree char *loadavg = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL))
    return g_strdup ("unknown");
  fields = g_strsplit (loadavg, " ", 4);
  if (g_strv_length (fields) < 3)
    return g_strdup ("unknown");

  return g_strdup_printf ("%s %s %s", fields[0], fields[1], fields[2]);
}

/* Peak memory of one task, measured in a fresh process so that nothing of the parent counts:
 * the benchmark runs itself as "PROGRAM --child MODE FILE", and that child prints its peak
 * with wm_bench_child_report(). Returns the peak in MiB, or 0 when the child failed. */
double
wm_bench_child_peak_mib (const char *mode,
                         const char *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { self, "--child", mode, file, NULL };
  const char *line;
  int status;

  if (self == NULL
      || !g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                        &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("child %s failed: %s\n", mode, error ? error->message : "no /proc/self/exe");
      return 0;
    }
  line = strstr (out, "peak-kib: ");

  return line != NULL ? g_ascii_strtod (line + 10, NULL) / 1024.0 : 0;
}

void
wm_bench_child_report (void)
{
  printf ("peak-kib: %.0f\n", wm_bench_peak_rss_mib () * 1024.0);
}
