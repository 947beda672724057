/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-io"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "wm-journey-edit.h"
#include "wm-mermaid.h"
#include "wm-model.h"

/* Mermaid user journeys, read and written.
 *
 * Reading follows Mermaid's own grammar (journey.jison, journeyDb and the preprocessing of
 * mermaidAPI), line by line:
 *
 *   journey                         the first statement; before it only front matter
 *     title Text                    (---/title:/---), %%{directives}%%, comments, blank lines
 *     accTitle: Text
 *     accDescr: Text   or   accDescr { several lines }
 *     section Name                  a stage
 *       Task name: 5: Me, Cat       a step, its action card and, for each actor, a score
 *
 * Keywords are case-insensitive. A line whose first non-blank characters are %% is a
 * comment, and so is everything from a # that does not start an entity (#35; #quot;).
 * Entities are how Mermaid text holds :, ; and #; they are decoded, and <br> becomes a line
 * break. A task takes the text up to the first ":" as its name, then the score, then after
 * another ":" its actors separated by commas. As in Mermaid, a trailing ":" or no actors at
 * all is fine, fields after the actors are ignored (with a warning), %% inside a line is text
 * (with a warning), and ";" is an error. Unlike Mermaid, which draws anything, a score that is
 * not 1–5 is clamped (with a warning), one that is not a number is an error, and so is a bare
 * "title" or "section" (where Mermaid would take the next line as its text). Consecutive tasks
 * of one section with the same name and different actors are one step felt differently by
 * each (that is how the writer says it), so they become one step; a comment line between
 * them keeps them two steps (which is how the writer says that).
 *
 * Scores 1…5 are emotions −2…+2. Each actor is a persona of the workspace with that name, or
 * a new one.
 */

#define MAX_TASKS 10000

G_DEFINE_QUARK (wm-mermaid-error-quark, wm_mermaid_error)

typedef struct
{
  const char   *text;          /* normalised: UTF-8, no BOM, "\n" line ends */
  const char   *end;
  const char   *anchor;        /* a line start before the last place asked for */
  guint         anchor_line;
  GPtrArray    *problems;
  guint         n_warnings;
  GError       *error;

  gboolean      seen_header;
  char         *title;         /* NULL until a title statement */
  char         *acc_title;
  char         *acc_descr;
  char         *front_title;

  WmDocument   *document;
  WmJourneyMap *map;
  WmLane       *actions;
  WmLane       *emotions;
  WmStage      *stage;
  guint         n_tasks;
  GPtrArray    *new_personas;
  GPtrArray    *persona_ids;   /* of the map, in order of first appearance */
  GHashTable   *actor_ids;     /* actor name → persona id */
  GPtrArray    *lone_tasks;    /* where the tasks without actors are */

  /* The previous task of the current section, for merging. */
  WmStep       *last_step;
  char         *last_name;
  GHashTable   *last_actors;
} Parser;

/* Places */

static void
place (Parser     *self,
       const char *at,
       guint      *line,
       guint      *column)
{
  const char *p;

  if (at < self->anchor)
    {
      self->anchor = self->text;
      self->anchor_line = 1;
    }

  for (p = self->anchor; p < at; p++)
    if (*p == '\n')
      {
        self->anchor = p + 1;
        self->anchor_line++;
      }

  *line = self->anchor_line;
  *column = (guint) g_utf8_strlen (self->anchor, at - self->anchor) + 1;
}

static void
warn (Parser     *self,
      const char *at,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
warn (Parser     *self,
      const char *at,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  if (self->n_warnings++ >= WM_MERMAID_MAX_WARNINGS)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  place (self, at, &line, &column);
  g_ptr_array_add (self->problems, wm_problem_new (WM_PROBLEM_WARNING, line, column, "",
                                                   message));
}

static gboolean
fail_with (Parser     *self,
           const char *at,
           int         code,
           const char *format,
           ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail_with (Parser     *self,
           const char *at,
           int         code,
           const char *format,
           ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  if (self->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  place (self, at, &line, &column);
  g_ptr_array_add (self->problems, wm_problem_new (WM_PROBLEM_ERROR, line, column, "", message));
  /* Translators: a problem in a Mermaid file and where it is */
  self->error = g_error_new (WM_MERMAID_ERROR, code, _("%s (line %u, column %u)"), message,
                             line, column);

  return FALSE;
}

#define fail(self, at, ...) fail_with ((self), (at), WM_MERMAID_ERROR_SYNTAX, __VA_ARGS__)

/* Text */

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

static const char *
skip_blanks (const char *p,
             const char *end)
{
  while (p < end && is_blank (*p))
    p++;
  return p;
}

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* The length of an entity ("#35;", "#quot;") at @p, or 0. */
static gsize
entity_length (const char *p,
               const char *end)
{
  const char *q = p + 1;

  if (p >= end || *p != '#')
    return 0;
  if (q < end && *q == '+')
    q++;
  while (q < end && is_word_char (*q))
    q++;
  if (q == p + 1 || q >= end || *q != ';' || (p[1] == '+' && q == p + 2))
    return 0;

  return q + 1 - p;
}

/* Mermaid lets text reach up to a stop character; a # that starts an entity is text. */
static const char *
find_stop (const char *p,
           const char *end,
           const char *stops)
{
  while (p < end && *p != '\n')
    {
      gsize entity = entity_length (p, end);

      if (entity > 0)
        {
          p += entity;
          continue;
        }
      if (strchr (stops, *p) != NULL)
        return p;
      p++;
    }

  return p;
}

static const struct
{
  const char *name;
  const char *text;
} named_entities[] = {
  { "amp", "&" }, { "apos", "'" }, { "colon", ":" }, { "comma", "," }, { "gt", ">" },
  { "lpar", "(" }, { "lt", "<" }, { "nbsp", "\xc2\xa0" }, { "num", "#" }, { "percnt", "%" },
  { "quot", "\"" }, { "rpar", ")" }, { "semi", ";" },
};

/* Trims, decodes entities and turns <br> into a line break. */
static char *
decode_text (const char *start,
             const char *end)
{
  GString *out = g_string_new (NULL);
  const char *p;

  while (start < end && g_ascii_isspace (*start))
    start++;
  while (end > start && g_ascii_isspace (end[-1]))
    end--;

  for (p = start; p < end;)
    {
      gsize entity = entity_length (p, end);

      if (entity > 0)
        {
          g_autofree char *name = g_strndup (p + 1, entity - 2);
          const char *digits = name[0] == '+' ? name + 1 : name;
          gboolean done = FALSE;

          if (g_ascii_isdigit (digits[0]))
            {
              guint64 code = 0;

              if (strspn (digits, "0123456789") == strlen (digits) && strlen (digits) <= 7
                  && g_ascii_string_to_unsigned (digits, 10, 1, 0x10FFFF, &code, NULL)
                  && (code < 0xD800 || code > 0xDFFF))
                {
                  g_string_append_unichar (out, (gunichar) code);
                  done = TRUE;
                }
            }
          else
            {
              for (guint i = 0; i < G_N_ELEMENTS (named_entities); i++)
                if (g_ascii_strcasecmp (name, named_entities[i].name) == 0)
                  {
                    g_string_append (out, named_entities[i].text);
                    done = TRUE;
                    break;
                  }
            }

          if (!done)
            g_string_append_len (out, p, entity);
          p += entity;
          continue;
        }

      if (*p == '<' && end - p >= 4 && g_ascii_strncasecmp (p, "<br", 3) == 0)
        {
          const char *q = skip_blanks (p + 3, end);

          if (q < end && *q == '/')
            q++;
          if (q < end && *q == '>')
            {
              g_string_append_c (out, '\n');
              p = q + 1;
              continue;
            }
        }

      g_string_append_c (out, *p);
      p++;
    }

  return g_string_free (out, FALSE);
}

/* Whether @p starts with @keyword, case-insensitively. */
static gboolean
has_keyword (const char *p,
             const char *end,
             const char *keyword)
{
  gsize len = strlen (keyword);

  return (gsize) (end - p) >= len && g_ascii_strncasecmp (p, keyword, len) == 0;
}

static const char *
line_end (const char *p,
          const char *end)
{
  const char *nl = memchr (p, '\n', end - p);

  return nl ? nl : end;
}

/* Building the map */

static const char *
persona_for_actor (Parser     *self,
                   const char *name)
{
  const char *id = g_hash_table_lookup (self->actor_ids, name);
  WmPersona *found = NULL;

  if (id != NULL)
    return id;

  if (self->document != NULL)
    {
      WmObjectList *personas = wm_document_get_personas (self->document);
      g_autofree char *folded = g_utf8_casefold (name, -1);

      for (guint i = 0; i < wm_object_list_get_length (personas) && found == NULL; i++)
        {
          WmPersona *persona = wm_object_list_get (personas, i);

          if (g_str_equal (wm_persona_get_name (persona), name))
            found = persona;
        }
      for (guint i = 0; i < wm_object_list_get_length (personas) && found == NULL; i++)
        {
          WmPersona *persona = wm_object_list_get (personas, i);
          g_autofree char *other = g_utf8_casefold (wm_persona_get_name (persona), -1);

          if (g_str_equal (folded, other))
            found = persona;
        }
    }

  if (found == NULL)
    {
      found = wm_persona_new (name);
      g_ptr_array_add (self->new_personas, found);
    }

  id = wm_object_get_id (WM_OBJECT (found));
  g_hash_table_insert (self->actor_ids, g_strdup (name), (gpointer) id);
  /* "Me" and "me" may both be the workspace's "Me". */
  if (!g_ptr_array_find_with_equal_func (self->persona_ids, id, g_str_equal, NULL))
    g_ptr_array_add (self->persona_ids, g_strdup (id));

  return id;
}

static void
start_stage (Parser     *self,
             const char *name)
{
  g_autoptr(WmStage) stage = wm_stage_new (name);

  wm_object_list_append (wm_journey_map_get_stages (self->map), WM_OBJECT (stage));
  self->stage = stage;
  self->last_step = NULL;
  g_clear_pointer (&self->last_name, g_free);
  g_clear_pointer (&self->last_actors, g_hash_table_unref);
}

/* @actors: persona ids */
static gboolean
can_merge (Parser     *self,
           const char *name,
           GPtrArray  *actors)
{
  if (self->last_step == NULL || actors->len == 0 || self->last_actors == NULL
      || !g_str_equal (self->last_name, name))
    return FALSE;

  for (guint i = 0; i < actors->len; i++)
    if (g_hash_table_contains (self->last_actors, actors->pdata[i]))
      return FALSE;

  return TRUE;
}

static void
add_task (Parser     *self,
          const char *at,
          const char *name,
          int         emotion,
          GPtrArray  *actors)
{
  WmObjectList *points = wm_lane_get_points (self->emotions);
  const char *step_id;

  if (self->stage == NULL)
    start_stage (self, "");

  if (can_merge (self, name, actors))
    {
      step_id = wm_object_get_id (WM_OBJECT (self->last_step));
    }
  else
    {
      g_autoptr(WmStep) step = wm_step_new (name);
      g_autoptr(WmCard) card = NULL;

      step_id = wm_object_get_id (WM_OBJECT (step));
      card = wm_card_new (step_id, name);
      wm_object_list_append (wm_stage_get_steps (self->stage), WM_OBJECT (step));
      wm_object_list_append (wm_lane_get_cards (self->actions), WM_OBJECT (card));

      self->last_step = step;
      g_free (self->last_name);
      self->last_name = g_strdup (name);
      g_clear_pointer (&self->last_actors, g_hash_table_unref);
      if (actors->len > 0)
        self->last_actors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }

  if (actors->len == 0)
    {
      g_autoptr(WmEmotionPoint) point = wm_emotion_point_new (step_id, "", emotion);

      g_ptr_array_add (self->lone_tasks, (gpointer) at);
      wm_object_list_append (points, WM_OBJECT (point));
      return;
    }

  for (guint i = 0; i < actors->len; i++)
    {
      g_autoptr(WmEmotionPoint) point = wm_emotion_point_new (step_id, actors->pdata[i], emotion);

      wm_object_list_append (points, WM_OBJECT (point));
      g_hash_table_add (self->last_actors, g_strdup (actors->pdata[i]));
    }
}

/* Statements */

static gboolean
check_no_semicolon (Parser     *self,
                    const char *stop)
{
  if (stop < self->end && *stop == ';')
    return fail (self, stop, _("“;” is not allowed here; write #59; for a semicolon"));
  return TRUE;
}

static void
warn_mid_line_comment (Parser     *self,
                       const char *start,
                       const char *end)
{
  const char *p = g_strstr_len (start, end - start, "%%");

  if (p != NULL)
    warn (self, p, _("“%%%%” starts a comment only at the beginning of a line; here it is part "
                     "of the text"));
}

/* @p: after "title" */
static gboolean
parse_title (Parser     *self,
             const char *keyword,
             const char *p,
             const char *eol)
{
  const char *stop = find_stop (p, eol, "#;");
  g_autofree char *title = decode_text (p, stop);

  if (!check_no_semicolon (self, stop))
    return FALSE;
  if (title[0] == '\0')
    return fail (self, keyword, _("“title” needs the title after it"));
  warn_mid_line_comment (self, p, stop);

  if (self->title != NULL)
    warn (self, keyword, _("a second title: “%s” replaces “%s”"), title, self->title);
  g_free (self->title);
  self->title = g_steal_pointer (&title);

  return TRUE;
}

static gboolean
parse_section (Parser     *self,
               const char *keyword,
               const char *p,
               const char *eol)
{
  const char *stop = find_stop (p, eol, "#:;");
  g_autofree char *name = decode_text (p, stop);

  if (stop < eol && *stop == ':')
    return fail (self, stop, _("a section name cannot contain “:”; write #58; for a colon"));
  if (!check_no_semicolon (self, stop))
    return FALSE;
  if (name[0] == '\0')
    return fail (self, keyword, _("“section” needs the section’s name after it"));
  warn_mid_line_comment (self, p, stop);

  start_stage (self, name);

  return TRUE;
}

/* The score of a task: Mermaid reads it with JavaScript's Number(). */
static gboolean
parse_score (Parser     *self,
             const char *start,
             const char *end,
             int        *emotion)
{
  g_autofree char *text = NULL;
  const char *p = skip_blanks (start, end);
  char *rest = NULL;
  double value;
  double clamped;

  while (end > p && is_blank (end[-1]))
    end--;
  if (p == end)
    return fail (self, p, _("expected a score from 1 to 5 after “:”"));

  text = g_strndup (p, end - p);
  value = g_ascii_strtod (text, &rest);
  if (rest == text || *rest != '\0' || !isfinite (value) || g_ascii_isalpha (text[0])
      || strpbrk (text, "xXnN") != NULL)
    return fail (self, p, _("expected a score from 1 to 5 but found “%s”"), text);

  clamped = CLAMP (round (value), 1, 5);
  if (value < 1 || value > 5)
    warn (self, p, _("the score %s is outside 1–5; using %d"), text, (int) clamped);
  else if (value != floor (value))
    warn (self, p, _("the score %s is not a whole number; using %d"), text, (int) clamped);
  *emotion = (int) clamped - 3;

  return TRUE;
}

static gboolean
parse_task (Parser     *self,
            const char *p,
            const char *eol)
{
  const char *stop = find_stop (p, eol, "#:;");
  g_autofree char *name = decode_text (p, stop);
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();  /* persona ids */
  const char *data, *data_end, *field_end;
  int emotion = 0;

  if (!check_no_semicolon (self, stop))
    return FALSE;
  if (stop >= eol || *stop != ':')
    {
      g_autofree char *line = g_strndup (p, stop - p);

      return fail (self, p, _("unknown statement “%s”: expected a task such as "
                              "“Make tea: 5: Me”, a “section” or a “title”"),
                   g_strchomp (line));
    }
  if (name[0] == '\0')
    return fail (self, p, _("the task has no name before “:”"));
  if (self->n_tasks >= MAX_TASKS)
    return fail_with (self, p, WM_MERMAID_ERROR_TOO_LARGE,
                      _("more than %d tasks; Waymark reads at most that many"), MAX_TASKS);

  data = stop + 1;
  data_end = find_stop (data, eol, "#;");
  if (!check_no_semicolon (self, data_end))
    return FALSE;

  field_end = memchr (data, ':', data_end - data);
  if (field_end == NULL)
    field_end = data_end;
  if (!parse_score (self, data, field_end, &emotion))
    return FALSE;

  if (field_end < data_end)
    {
      const char *actors_start = field_end + 1;
      const char *actors_end = memchr (actors_start, ':', data_end - actors_start);
      const char *q;

      if (actors_end == NULL)
        actors_end = data_end;
      else if (skip_blanks (actors_end + 1, data_end) < data_end)
        warn (self, actors_end, _("text after the actors is ignored, as Mermaid does"));

      for (q = actors_start; q <= actors_end;)
        {
          const char *comma = memchr (q, ',', actors_end - q);
          const char *piece_end = comma ? comma : actors_end;
          g_autofree char *actor = decode_text (q, piece_end);

          /* A name is one line: a <br> or tab in it is a space, and one of blanks only is
           * no actor at all. */
          g_strdelimit (actor, "\n\r\t", ' ');
          g_strstrip (actor);

          /* An actor named twice, or two names of one persona, count once. */
          if (actor[0] != '\0')
            {
              const char *id = persona_for_actor (self, actor);

              if (!g_ptr_array_find_with_equal_func (actors, id, g_str_equal, NULL))
                g_ptr_array_add (actors, (gpointer) id);
            }
          q = piece_end + 1;
        }
    }
  warn_mid_line_comment (self, p, data_end);

  self->n_tasks++;
  add_task (self, p, name, emotion, actors);

  return TRUE;
}

/* @p: at the "{" */
static gboolean
parse_acc_descr_block (Parser      *self,
                       const char  *keyword,
                       const char  *p,
                       const char **next)
{
  const char *close = memchr (p, '}', self->end - p);
  g_autofree char *text = NULL;
  g_autoptr(GRegex) indent = NULL;

  if (close == NULL)
    return fail (self, keyword, _("the “accDescr {” block is not closed with “}”"));

  text = decode_text (p + 1, close);
  indent = g_regex_new ("\\n[ \\t]+", 0, 0, NULL);
  g_free (self->acc_descr);
  self->acc_descr = g_regex_replace_literal (indent, text, -1, 0, "\n", 0, NULL);
  *next = close + 1;

  return TRUE;
}

/* @eol: the end of the line; @next: where to go on (after a block, the rest of its line) */
static gboolean
parse_statement (Parser      *self,
                 const char  *p,
                 const char  *eol,
                 const char **next)
{
  const char *q;

  *next = eol;
  p = skip_blanks (p, eol);
  if (p == eol)
    return TRUE;

  /* Comments and directives */
  if (has_keyword (p, eol, "%%{"))
    {
      const char *close = g_strstr_len (p, self->end - p, "}%%");

      if (close == NULL)
        return fail (self, p, _("the directive “%%%%{” is not closed with “}%%%%”"));
      *next = close + 3;
      return TRUE;
    }
  if (has_keyword (p, eol, "%%") || (*p == '#' && entity_length (p, eol) == 0))
    {
      /* The next task starts a step of its own, whatever its name. */
      self->last_step = NULL;
      return TRUE;
    }

  if (!self->seen_header)
    {
      g_autofree char *found = NULL;

      q = p + strlen ("journey");
      if (has_keyword (p, eol, "journey") && (q == eol || is_blank (*q) || *q == '#'))
        {
          if (strncmp (p, "journey", strlen ("journey")) != 0)
            warn (self, p, _("Mermaid expects “journey” in lower case"));
          self->seen_header = TRUE;
          *next = q;
          return TRUE;
        }

      q = p;
      while (q < eol && !g_ascii_isspace (*q))
        q++;
      found = g_strndup (p, q - p);
      return fail_with (self, p, WM_MERMAID_ERROR_NOT_JOURNEY,
                        _("not a Mermaid journey: expected “journey” but found “%s”"), found);
    }

  if (has_keyword (p, eol, "accTitle") || has_keyword (p, eol, "accDescr"))
    {
      gboolean title = has_keyword (p, eol, "accTitle");

      q = skip_blanks (p + strlen ("accTitle"), eol);
      if (q < eol && *q == ':')
        {
          g_free (title ? self->acc_title : self->acc_descr);
          if (title)
            self->acc_title = decode_text (q + 1, eol);
          else
            self->acc_descr = decode_text (q + 1, eol);
          return TRUE;
        }
      if (!title && q < self->end && *q == '{')
        return parse_acc_descr_block (self, p, q, next);
    }

  if (has_keyword (p, eol, "title") && (p + 5 == eol || is_blank (p[5])))
    return parse_title (self, p, p + 5, eol);

  if (has_keyword (p, eol, "section") && (p + 7 == eol || is_blank (p[7])))
    return parse_section (self, p, p + 7, eol);

  if (has_keyword (p, eol, "journey"))
    warn (self, p, _("Mermaid reads “journey” at the start of a line as its keyword and would "
                     "reject this line; write #106; for the “j”"));

  return parse_task (self, p, eol);
}

/* YAML front matter between "---" lines; only its title matters here. */
static const char *
parse_front_matter (Parser     *self,
                    const char *p)
{
  const char *eol = line_end (p, self->end);
  const char *q;

  if (!has_keyword (p, eol, "---") || skip_blanks (p + 3, eol) != eol)
    return p;

  for (q = eol < self->end ? eol + 1 : eol; q < self->end;)
    {
      const char *e = line_end (q, self->end);

      if (has_keyword (q, e, "---") && skip_blanks (q + 3, e) == e)
        return e;
      if (has_keyword (q, e, "title:"))
        {
          g_autofree char *title = decode_text (q + 6, e);
          gsize len = strlen (title);

          if (len >= 2 && (title[0] == '"' || title[0] == '\'') && title[len - 1] == title[0])
            {
              title[len - 1] = '\0';
              memmove (title, title + 1, len - 1);
            }
          g_free (self->front_title);
          self->front_title = g_steal_pointer (&title);
        }
      q = e < self->end ? e + 1 : e;
    }

  fail (self, p, _("the front matter that starts here is not closed with “---”"));
  return NULL;
}

/* Into @self->text: without a BOM, with "\n" for "\r\n" and "\r" (as Mermaid does). */
static char *
normalise (const char *data,
           gsize       length,
           gsize      *out_length)
{
  GString *out = g_string_sized_new (length + 1);

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  for (gsize i = 0; i < length; i++)
    {
      if (data[i] == '\r')
        {
          g_string_append_c (out, '\n');
          if (i + 1 < length && data[i + 1] == '\n')
            i++;
        }
      else
        {
          g_string_append_c (out, data[i]);
        }
    }

  *out_length = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
parse (Parser *self)
{
  const char *p = self->text;

  p = parse_front_matter (self, p);
  if (p == NULL)
    return FALSE;

  while (p < self->end)
    {
      const char *eol = line_end (p, self->end);
      const char *next = eol;

      if (!parse_statement (self, p, eol, &next))
        return FALSE;

      /* A block or directive may end inside a later line: go on with the rest of it. */
      if (next < self->end && *next != '\n')
        {
          p = next;
          continue;
        }
      p = next < self->end ? next + 1 : next;
    }

  if (!self->seen_header)
    return fail_with (self, self->end, WM_MERMAID_ERROR_NOT_JOURNEY,
                      self->text == self->end
                        ? _("the file is empty; a Mermaid journey starts with “journey”")
                        : _("there is no “journey” line; a Mermaid journey starts with it"));

  return TRUE;
}

static gint
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const WmProblem *pa = *(WmProblem * const *) a;
  const WmProblem *pb = *(WmProblem * const *) b;

  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  if (pa->column != pb->column)
    return pa->column < pb->column ? -1 : 1;
  return 0;
}

static void
finish_map (Parser *self)
{
  const char *name = self->title;

  if (name == NULL || name[0] == '\0')
    name = self->acc_title;
  if (name == NULL || name[0] == '\0')
    name = self->front_title;
  if (name == NULL || name[0] == '\0')
    name = _("Imported Journey");
  wm_journey_map_set_name (self->map, name);
  if (self->acc_descr != NULL)
    wm_journey_map_set_description (self->map, self->acc_descr);

  g_ptr_array_add (self->persona_ids, NULL);
  wm_journey_map_set_persona_ids (self->map, (const char * const *) self->persona_ids->pdata);

  /* Scores without a persona only show on a map without personas. */
  if (self->persona_ids->len > 1)
    for (guint i = 0; i < self->lone_tasks->len; i++)
      warn (self, self->lone_tasks->pdata[i],
            _("the task has no actors: its score is kept but shows on no persona’s curve"));
}

/**
 * wm_mermaid_read:
 * @bytes: a Mermaid journey diagram
 * @document: (nullable): the workspace whose personas the actors are looked up in, by name
 * @new_personas: (out) (optional) (element-type WmPersona): personas for the actors that
 *   @document does not have; the map refers to them, so add them with the map
 * @problems: (out) (optional) (element-type WmProblem): warnings, and the error if any, in
 *   file order, with line and column
 * @error: return location for a #WmMermaidError
 *
 * Reads a journey into a new map with the usual lanes. @document is not changed.
 *
 * Returns: (transfer full) (nullable): the map
 */
WmJourneyMap *
wm_mermaid_read (GBytes      *bytes,
                 WmDocument  *document,
                 GPtrArray  **new_personas,
                 GPtrArray  **problems,
                 GError     **error)
{
  Parser self = { 0 };
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) problem_list = NULL;
  g_autoptr(WmJourneyMap) map = NULL;
  const char *data;
  const char *bad = NULL;
  gsize length, text_length;
  WmObjectList *lanes;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (document == NULL || WM_IS_DOCUMENT (document), NULL);

  if (new_personas != NULL)
    *new_personas = NULL;
  problem_list = g_ptr_array_new_with_free_func ((GDestroyNotify) wm_problem_free);
  self.problems = problem_list;
  data = g_bytes_get_data (bytes, &length);

  if (length > WM_MERMAID_MAX_SIZE)
    {
      g_autofree char *message =
        g_strdup_printf (_("the file is larger than %d MiB"), WM_MERMAID_MAX_SIZE / (1024 * 1024));

      g_ptr_array_add (problem_list, wm_problem_new (WM_PROBLEM_ERROR, 0, 0, "", message));
      g_set_error (error, WM_MERMAID_ERROR, WM_MERMAID_ERROR_TOO_LARGE,
                   _("The file is too large to be a Mermaid journey (more than %d MiB)."),
                   WM_MERMAID_MAX_SIZE / (1024 * 1024));
      goto out;
    }

  text = normalise (data ? data : "", length, &text_length);
  self.text = self.anchor = text;
  self.anchor_line = 1;
  self.end = text + text_length;

  if (!g_utf8_validate (text, text_length, &bad))
    {
      gboolean nul = *bad == '\0';

      self.end = bad;
      fail_with (&self, bad, WM_MERMAID_ERROR_ENCODING,
                 nul ? _("the text contains a NUL character") : _("the text is not valid UTF-8"));
    }

  if (self.error == NULL)
    {
      map = wm_journey_map_new_starter ("");
      lanes = wm_journey_map_get_lanes (map);
      while (wm_object_list_get_length (wm_journey_map_get_stages (map)) > 0)
        wm_object_list_remove (wm_journey_map_get_stages (map), 0);
      for (guint i = 0; i < wm_object_list_get_length (lanes); i++)
        {
          WmLane *lane = wm_object_list_get (lanes, i);

          if (self.actions == NULL && wm_lane_get_kind (lane) == WM_LANE_KIND_ACTIONS)
            self.actions = lane;
          if (self.emotions == NULL && wm_lane_get_kind (lane) == WM_LANE_KIND_EMOTION)
            self.emotions = lane;
        }
      g_assert (self.actions != NULL && self.emotions != NULL);

      self.map = map;
      self.document = document;
      self.new_personas = g_ptr_array_new_with_free_func (g_object_unref);
      self.persona_ids = g_ptr_array_new_with_free_func (g_free);
      self.actor_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      self.lone_tasks = g_ptr_array_new ();

      if (parse (&self))
        finish_map (&self);
      else
        g_clear_object (&map);
    }

  if (self.error != NULL)
    g_propagate_error (error, g_steal_pointer (&self.error));
  else if (new_personas != NULL)
    *new_personas = g_steal_pointer (&self.new_personas);

  g_clear_pointer (&self.new_personas, g_ptr_array_unref);
  g_clear_pointer (&self.persona_ids, g_ptr_array_unref);
  g_clear_pointer (&self.actor_ids, g_hash_table_unref);
  g_clear_pointer (&self.lone_tasks, g_ptr_array_unref);
  g_clear_pointer (&self.last_actors, g_hash_table_unref);
  g_free (self.last_name);
  g_free (self.title);
  g_free (self.acc_title);
  g_free (self.acc_descr);
  g_free (self.front_title);

  if (self.n_warnings > WM_MERMAID_MAX_WARNINGS)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more warning", "%u more warnings",
                                      self.n_warnings - WM_MERMAID_MAX_WARNINGS),
                         self.n_warnings - WM_MERMAID_MAX_WARNINGS);

      g_ptr_array_add (problem_list, wm_problem_new (WM_PROBLEM_WARNING, 0, 0, "", message));
    }
  g_ptr_array_sort (problem_list, compare_problems);

out:
  if (problems != NULL)
    *problems = g_steal_pointer (&problem_list);
  if (new_personas != NULL && *new_personas == NULL)
    *new_personas = g_ptr_array_new_with_free_func (g_object_unref);

  return g_steal_pointer (&map);
}

/**
 * wm_mermaid_import:
 * @document: the workspace to add to
 * @bytes: a Mermaid journey diagram
 * @problems: (out) (optional) (element-type WmProblem): as for wm_mermaid_read()
 * @error: return location for a #WmMermaidError
 *
 * Reads a journey and adds it to @document with the personas it needs, as one undo step. An
 * untitled workspace takes the journey's title.
 *
 * Returns: (transfer none) (nullable): the new map, now in @document
 */
WmJourneyMap *
wm_mermaid_import (WmDocument  *document,
                   GBytes      *bytes,
                   GPtrArray  **problems,
                   GError     **error)
{
  g_autoptr(WmJourneyMap) map = NULL;
  g_autoptr(GPtrArray) personas = NULL;
  WmHistory *history;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  map = wm_mermaid_read (bytes, document, &personas, problems, error);
  if (map == NULL)
    return NULL;

  history = wm_document_get_history (document);
  wm_history_seal (history);
  wm_history_begin_group (history, _("Import Mermaid Journey"));
  if (wm_document_get_title (document)[0] == '\0')
    wm_history_set (history, WM_OBJECT (document), "title", wm_journey_map_get_name (map));
  for (guint i = 0; i < personas->len; i++)
    wm_history_append (history, wm_document_get_personas (document), personas->pdata[i]);
  wm_history_append (history, wm_document_get_maps (document), WM_OBJECT (map));
  wm_history_end_group (history);
  wm_history_seal (history);

  return map;
}

/* Writing */

typedef enum
{
  TEXT_TITLE,    /* up to # ; and the end of the line */
  TEXT_SECTION,  /* and : */
  TEXT_TASK,     /* and :, and it must not look like a keyword */
  TEXT_ACTOR,    /* and , */
  TEXT_ACC,      /* only entities; "}" ends a block */
} TextKind;

/* Text as Mermaid reads it back: the characters that would end it become entities, line
 * breaks <br> (or, where they cannot be, spaces). */
static void
append_text (GString    *out,
             const char *text,
             TextKind    kind)
{
  static const char * const keywords[] = { "journey", "title", "section", "acctitle",
                                            "accdescr" };
  const char *p;
  gsize start = out->len;

  for (p = text; g_ascii_isspace (*p); p++)
    ;
  for (; *p != '\0'; p++)
    {
      char c = *p;

      if (c == '\n')
        {
          g_string_append (out, kind == TEXT_ACC ? "\n" : kind == TEXT_ACTOR ? " " : "<br>");
          continue;
        }
      if (c == '\r' || c == '\t')
        c = ' ';
      if (c == '#' || (c == ';' && kind != TEXT_ACC) || (c == '}' && kind == TEXT_ACC)
          || (c == ':' && kind != TEXT_TITLE && kind != TEXT_ACC)
          || (c == ',' && kind == TEXT_ACTOR)
          || (c == '%' && p[1] == '%' && kind != TEXT_ACC))
        g_string_append_printf (out, "#%d;", c);
      else
        g_string_append_c (out, c);
    }
  while (out->len > start && g_ascii_isspace (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);

  if (kind == TEXT_TASK)
    for (guint i = 0; i < G_N_ELEMENTS (keywords); i++)
      if (g_ascii_strncasecmp (out->str + start, keywords[i], strlen (keywords[i])) == 0)
        {
          g_autofree char *entity = g_strdup_printf ("#%d;", out->str[start]);

          g_string_erase (out, start, 1);
          g_string_insert (out, start, entity);
          break;
        }
}

static gboolean
is_blank_text (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Whether a field other than those in @skip holds something. */
static gboolean
has_other_content (WmObject           *object,
                   const char * const *skip)
{
  WmObjectClass *klass = WM_OBJECT_GET_CLASS (object);

  for (guint i = 0; i < wm_object_class_get_n_fields (klass); i++)
    {
      const WmField *field = wm_object_class_get_field (klass, i);
      g_auto(GValue) value = G_VALUE_INIT;
      gboolean set;

      if (g_strv_contains (skip, field->key) || field->pspec->value_type == WM_TYPE_OBJECT_LIST)
        continue;

      g_value_init (&value, field->pspec->value_type);
      g_object_get_property (G_OBJECT (object), field->pspec->name, &value);
      if (G_VALUE_HOLDS_STRING (&value))
        set = g_value_get_string (&value) != NULL && g_value_get_string (&value)[0] != '\0';
      else if (G_VALUE_HOLDS (&value, G_TYPE_STRV))
        set = g_value_get_boxed (&value) != NULL && ((char **) g_value_get_boxed (&value))[0];
      else if (G_VALUE_HOLDS_OBJECT (&value))
        set = g_value_get_object (&value) != NULL;
      else
        set = !g_param_value_defaults (field->pspec, &value);
      if (set)
        return TRUE;
    }

  return FALSE;
}

static void
note (GPtrArray  *notes,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
note (GPtrArray  *notes,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (notes, g_strdup_vprintf (format, args));
  va_end (args);
}

/* The personas of one step that share a score: one task line. */
typedef struct
{
  int     score;
  GArray *members;  /* of guint: indices into the map's personas */
  guint   key;      /* where the line goes among the step's lines: its first member's rank */
} ScoreGroup;

static void
score_group_clear (ScoreGroup *group)
{
  g_clear_pointer (&group->members, g_array_unref);
}

/* The order of the actors in the written text. Reading makes a map's personas the actors in
 * the order they first appear, so the writer ranks a persona already written by where it first
 * appeared, and one not yet written after those, by its place among the map's personas. A
 * diagram Waymark wrote is therefore read back with its personas in the order of their first
 * appearance, and written again the same way. */
static guint
actor_rank (GArray *written,
            guint   persona)
{
  for (guint i = 0; i < written->len; i++)
    if (g_array_index (written, guint, i) == persona)
      return i;
  return written->len + persona;
}

static int
compare_actors (gconstpointer a,
                gconstpointer b,
                gpointer      written)
{
  guint ra = actor_rank (written, *(const guint *) a);
  guint rb = actor_rank (written, *(const guint *) b);

  return ra < rb ? -1 : ra > rb;
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  guint ka = ((const ScoreGroup *) a)->key, kb = ((const ScoreGroup *) b)->key;

  return ka < kb ? -1 : ka > kb;
}

/* Sorts the members of each group, and the groups, by rank; then marks them as written. */
static void
order_groups (GArray *groups,
              GArray *written)
{
  for (guint g = 0; g < groups->len; g++)
    {
      ScoreGroup *group = &g_array_index (groups, ScoreGroup, g);

      g_array_sort_with_data (group->members, compare_actors, written);
      group->key = actor_rank (written, g_array_index (group->members, guint, 0));
    }
  g_array_sort (groups, compare_groups);

  for (guint g = 0; g < groups->len; g++)
    {
      GArray *members = g_array_index (groups, ScoreGroup, g).members;

      for (guint m = 0; m < members->len; m++)
        {
          guint persona = g_array_index (members, guint, m);

          if (actor_rank (written, persona) >= written->len)
            g_array_append_val (written, persona);
        }
    }
}

static void
write_task (GString    *out,
            const char *name,
            int         score,
            GPtrArray  *personas,
            GArray     *members)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_string_append (out, "      ");
  append_text (out, name, TEXT_TASK);
  g_string_append_printf (out, ": %d", score);
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const char *actor = wm_persona_get_name (personas->pdata[g_array_index (members, guint, i)]);

      /* Two personas of one name are one actor to a reader, and a blank name is none. */
      if (is_blank_text (actor)
          || g_ptr_array_find_with_equal_func (names, actor, g_str_equal, NULL))
        continue;
      g_string_append (out, names->len == 0 ? ": " : ", ");
      append_text (out, actor, TEXT_ACTOR);
      g_ptr_array_add (names, (gpointer) actor);
    }
  g_string_append_c (out, '\n');
}

/**
 * wm_mermaid_write:
 * @document: the workspace of @map (for the personas' names)
 * @map: the map to write
 * @left_out: (out) (optional) (element-type utf8): what Mermaid cannot say, one sentence each
 *
 * Writes @map as a Mermaid journey: its name as the title, its description as accDescr, a
 * section per stage and a task per step, named after the step (or its first action card).
 * Each linked persona is an actor of a step where it has a score, and its score is the task's
 * (emotion −2…+2 as 1…5). Personas that feel differently at a step get a task line each,
 * which wm_mermaid_read() makes one step again.
 *
 * Returns: (transfer full): the diagram
 */
char *
wm_mermaid_write (WmDocument    *document,
                  WmJourneyMap  *map,
                  GPtrArray    **left_out)
{
  g_autoptr(GString) out = g_string_new ("journey\n");
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) personas = g_ptr_array_new ();
  g_autoptr(GArray) written = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) previous_task = g_string_new (NULL);
  const char * const *ids = wm_journey_map_get_persona_ids (map);
  WmObjectList *stages = wm_journey_map_get_stages (map);
  WmObjectList *lanes = wm_journey_map_get_lanes (map);
  WmLane *actions = wm_journey_map_find_lane_of_kind (map, WM_LANE_KIND_ACTIONS);
  WmLane *emotions = wm_journey_map_find_lane_of_kind (map, WM_LANE_KIND_EMOTION);
  g_autoptr(WmObjectList) no_items = wm_object_list_new (WM_TYPE_OBJECT, NULL);
  WmObjectList *action_cards = actions != NULL ? wm_lane_get_cards (actions) : no_items;
  WmObjectList *points = emotions != NULL ? wm_lane_get_points (emotions) : no_items;
  const char *description = wm_journey_map_get_description (map);
  const char * const no_skip[] = { "name", NULL };
  const char * const persona_skip[] = { "name", "colour", NULL };
  const char * const card_skip[] = { "step", "text", NULL };
  guint n_step = 0, n_unscored = 0, n_extra_actions = 0, n_images = 0, n_card_details = 0;
  gboolean details = FALSE, persona_details = FALSE;

  g_return_val_if_fail (WM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WM_IS_JOURNEY_MAP (map), NULL);

  if (!is_blank_text (wm_journey_map_get_name (map)))
    {
      g_string_append (out, "    title ");
      append_text (out, wm_journey_map_get_name (map), TEXT_TITLE);
      g_string_append_c (out, '\n');
    }
  if (!is_blank_text (description))
    {
      g_autofree char *stripped = g_strstrip (g_strdup (description));

      if (strchr (stripped, '\n') == NULL)
        {
          g_string_append (out, "    accDescr: ");
          append_text (out, stripped, TEXT_ACC);
        }
      else
        {
          g_auto(GStrv) lines = NULL;
          g_autoptr(GString) block = g_string_new (NULL);

          append_text (block, stripped, TEXT_ACC);
          lines = g_strsplit (block->str, "\n", -1);
          g_string_append (out, "    accDescr {\n");
          for (guint i = 0; lines[i] != NULL; i++)
            if (!is_blank_text (lines[i]))
              g_string_append_printf (out, "      %s\n", g_strstrip (lines[i]));
          g_string_append (out, "    }");
        }
      g_string_append_c (out, '\n');
    }
  if (wm_journey_map_get_scenario (map)[0] != '\0')
    note (notes, _("the scenario"));

  /* The actors: linked personas; a missing one is left out. */
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      WmObject *persona = wm_document_lookup (document, ids[i]);

      if (WM_IS_PERSONA (persona))
        {
          g_ptr_array_add (personas, persona);
          persona_details = persona_details || has_other_content (persona, persona_skip);
        }
    }

  for (guint s = 0; s < wm_object_list_get_length (stages); s++)
    {
      WmStage *stage = wm_object_list_get (stages, s);
      WmObjectList *steps = wm_stage_get_steps (stage);

      details = details || has_other_content (WM_OBJECT (stage), no_skip);
      if (!is_blank_text (wm_stage_get_name (stage)))
        {
          g_string_append (out, "    section ");
          append_text (out, wm_stage_get_name (stage), TEXT_SECTION);
          g_string_append_c (out, '\n');
        }
      else if (s > 0)
        {
          g_autofree char *name = g_strdup_printf (_("Stage %u"), s + 1);

          g_string_append_printf (out, "    section %s\n", name);
        }

      g_string_truncate (previous_task, 0);
      for (guint t = 0; t < wm_object_list_get_length (steps); t++)
        {
          g_autoptr(GString) task = g_string_new (NULL);
          WmStep *step = wm_object_list_get (steps, t);
          const char *step_id = wm_object_get_id (WM_OBJECT (step));
          g_autofree char *fallback = NULL;
          const char *name = wm_step_get_name (step);
          g_autoptr(GArray) groups = g_array_new (FALSE, TRUE, sizeof (ScoreGroup));
          WmEmotionPoint *lone = NULL;
          WmCard *first_card = NULL;

          n_step++;
          details = details || has_other_content (WM_OBJECT (step), no_skip);
          g_array_set_clear_func (groups, (GDestroyNotify) score_group_clear);

          for (guint c = 0; c < wm_object_list_get_length (action_cards); c++)
            {
              WmCard *card = wm_object_list_get (action_cards, c);

              if (!g_str_equal (wm_card_get_step_id (card), step_id))
                continue;
              if (first_card == NULL)
                first_card = card;
              else
                n_extra_actions++;
            }
          if (is_blank_text (name) && first_card != NULL
              && !is_blank_text (wm_card_get_text (first_card)))
            name = wm_card_get_text (first_card);
          if (first_card != NULL)
            {
              if (!g_str_equal (wm_card_get_text (first_card), name))
                n_extra_actions++;
              else
                {
                  g_hash_table_add (used, first_card);
                  if (has_other_content (WM_OBJECT (first_card), card_skip))
                    n_card_details++;
                }
            }
          if (is_blank_text (name))
            name = fallback = g_strdup_printf (_("Step %u"), n_step);

          /* Two steps of one name in a row would read as one step felt differently. */
          append_text (task, name, TEXT_TASK);
          if (g_str_equal (task->str, previous_task->str))
            g_string_append (out, "      %% next step\n");
          g_string_assign (previous_task, task->str);

          for (guint i = 0; i < wm_object_list_get_length (points); i++)
            {
              WmEmotionPoint *point = wm_object_list_get (points, i);
              const char *persona_id = wm_emotion_point_get_persona_id (point);
              int score = wm_emotion_point_get_score (point) + 3;
              guint p, g;

              if (!g_str_equal (wm_emotion_point_get_step_id (point), step_id))
                continue;
              if (persona_id[0] == '\0')
                {
                  lone = point;
                  continue;
                }
              for (p = 0; p < personas->len; p++)
                if (g_str_equal (wm_object_get_id (personas->pdata[p]), persona_id))
                  break;
              if (p == personas->len)
                continue;

              g_hash_table_add (used, point);
              for (g = 0; g < groups->len; g++)
                if (g_array_index (groups, ScoreGroup, g).score == score)
                  break;
              if (g == groups->len)
                {
                  ScoreGroup group = { score, g_array_new (FALSE, FALSE, sizeof (guint)), 0 };
                  g_array_append_val (groups, group);
                }
              g_array_append_val (g_array_index (groups, ScoreGroup, g).members, p);
            }

          order_groups (groups, written);
          for (guint g = 0; g < groups->len; g++)
            write_task (out, name, g_array_index (groups, ScoreGroup, g).score, personas,
                        g_array_index (groups, ScoreGroup, g).members);

          if (groups->len == 0 && lone != NULL)
            {
              g_hash_table_add (used, lone);
              write_task (out, name, wm_emotion_point_get_score (lone) + 3, NULL, NULL);
            }
          else if (groups->len == 0)
            {
              n_unscored++;
              write_task (out, name, 3, NULL, NULL);
            }
        }
    }

  /* What else the map holds. */
  if (details)
    note (notes, _("descriptions and colours of stages and steps"));
  if (persona_details)
    note (notes, _("the personas’ details other than their names"));
  if (n_unscored > 0)
    note (notes, g_dngettext (GETTEXT_PACKAGE,
                              "%u step without a score (written with the neutral score 3)",
                              "%u steps without a score (written with the neutral score 3)",
                              n_unscored), n_unscored);

  for (guint l = 0; l < wm_object_list_get_length (lanes); l++)
    {
      WmLane *lane = wm_object_list_get (lanes, l);
      WmObjectList *cards = wm_lane_get_cards (lane);
      guint n_unused = 0;

      for (guint c = 0; c < wm_object_list_get_length (cards); c++)
        {
          WmCard *card = wm_object_list_get (cards, c);

          if (wm_card_get_image (card) != NULL)
            n_images++;
          if (lane != actions)
            n_unused++;
        }
      for (guint i = 0; i < wm_object_list_get_length (wm_lane_get_points (lane)); i++)
        if (!g_hash_table_contains (used, wm_object_list_get (wm_lane_get_points (lane), i)))
          n_unused++;

      if (wm_lane_get_kind (lane) == WM_LANE_KIND_METRICS)
        {
          if (wm_object_list_get_length (wm_lane_get_values (lane)) > 0)
            note (notes, _("the values of the metric “%s”"), wm_lane_get_title (lane));
        }
      else if (wm_lane_get_kind (lane) == WM_LANE_KIND_EMOTION)
        {
          if (n_unused > 0)
            note (notes, g_dngettext (GETTEXT_PACKAGE,
                                      "%u score in “%s” (of a persona not linked to the map, "
                                      "or of another lane)",
                                      "%u scores in “%s” (of personas not linked to the map, "
                                      "or of another lane)", n_unused),
                  n_unused, wm_lane_get_title (lane));
        }
      else if (n_unused > 0)
        {
          note (notes, g_dngettext (GETTEXT_PACKAGE, "%u card in “%s”", "%u cards in “%s”",
                                    n_unused), n_unused, wm_lane_get_title (lane));
        }
    }
  if (n_extra_actions > 0)
    note (notes, g_dngettext (GETTEXT_PACKAGE,
                              "%u action card (tasks are named after their steps)",
                              "%u action cards (tasks are named after their steps)",
                              n_extra_actions), n_extra_actions);
  if (n_card_details > 0)
    note (notes, g_dngettext (GETTEXT_PACKAGE,
                              "the colour, tags, evidence, owner or link of %u action card",
                              "the colours, tags, evidence, owners or links of %u action cards",
                              n_card_details), n_card_details);
  if (n_images > 0)
    note (notes, g_dngettext (GETTEXT_PACKAGE, "%u image", "%u images", n_images), n_images);

  if (left_out != NULL)
    *left_out = g_steal_pointer (&notes);

  return g_string_free (g_steal_pointer (&out), FALSE);
}
