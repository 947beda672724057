/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "waymark-render"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wm-display-list.h"

/* The layout's output and every backend's input: a flat list of drawing instructions in paint
 * order, with a grid index so that drawing a viewport or finding the item under the pointer
 * costs what is visible, not what is in the document.
 */

#define GRID_CELL 256.0

struct _WmDisplayList
{
  GObject       parent_instance;

  double        width;
  double        height;
  WmColour      background;
  char         *title;
  GArray       *items;    /* of WmDisplayItem */
  GArray       *points;   /* of double */
  GStringChunk *strings;

  /* The grid index, built on first query: cell (col, row) → item indices in paint order. */
  GPtrArray    *grid;     /* of GArray of guint, or NULL */
  guint         grid_columns;
  guint         grid_rows;
};

G_DEFINE_FINAL_TYPE (WmDisplayList, wm_display_list, G_TYPE_OBJECT)

static void
clear_item (gpointer data)
{
  WmDisplayItem *item = data;

  g_clear_object (&item->image);
}

static void
invalidate_index (WmDisplayList *self)
{
  g_clear_pointer (&self->grid, g_ptr_array_unref);
}

static void
wm_display_list_finalize (GObject *object)
{
  WmDisplayList *self = WM_DISPLAY_LIST (object);

  invalidate_index (self);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (wm_display_list_parent_class)->finalize (object);
}

static void
wm_display_list_class_init (WmDisplayListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wm_display_list_finalize;
}

static void
wm_display_list_init (WmDisplayList *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (WmDisplayItem));
  g_array_set_clear_func (self->items, clear_item);
  self->points = g_array_new (FALSE, FALSE, sizeof (double));
  self->strings = g_string_chunk_new (4096);
  self->background = (WmColour) { 1, 1, 1, 1 };
}

WmDisplayList *
wm_display_list_new (double width,
                     double height)
{
  WmDisplayList *self = g_object_new (WM_TYPE_DISPLAY_LIST, NULL);

  self->width = width;
  self->height = height;

  return self;
}

double
wm_display_list_get_width (WmDisplayList *self)
{
  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), 0);

  return self->width;
}

double
wm_display_list_get_height (WmDisplayList *self)
{
  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), 0);

  return self->height;
}

void
wm_display_list_set_size (WmDisplayList *self,
                          double         width,
                          double         height)
{
  g_return_if_fail (WM_IS_DISPLAY_LIST (self));

  self->width = width;
  self->height = height;
  invalidate_index (self);
}

const WmColour *
wm_display_list_get_background (WmDisplayList *self)
{
  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), NULL);

  return &self->background;
}

void
wm_display_list_set_background (WmDisplayList  *self,
                                const WmColour *colour)
{
  g_return_if_fail (WM_IS_DISPLAY_LIST (self));

  self->background = *colour;
}

const char *
wm_display_list_get_title (WmDisplayList *self)
{
  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), NULL);

  return self->title ? self->title : "";
}

void
wm_display_list_set_title (WmDisplayList *self,
                           const char    *title)
{
  g_return_if_fail (WM_IS_DISPLAY_LIST (self));

  g_free (self->title);
  self->title = g_strdup (title);
}

guint
wm_display_list_get_n_items (WmDisplayList *self)
{
  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), 0);

  return self->items->len;
}

const WmDisplayItem *
wm_display_list_get_item (WmDisplayList *self,
                          guint          index)
{
  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return &g_array_index (self->items, WmDisplayItem, index);
}

const double *
wm_display_list_get_points (WmDisplayList *self,
                            guint          start)
{
  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), NULL);
  g_return_val_if_fail (start < self->points->len, NULL);

  return &g_array_index (self->points, double, start);
}

static WmDisplayItem *
add_item (WmDisplayList *self,
          WmDisplayKind  kind,
          WmDisplayRole  role,
          const char    *id,
          double         x,
          double         y,
          double         width,
          double         height)
{
  WmDisplayItem *item;

  invalidate_index (self);
  g_array_set_size (self->items, self->items->len + 1);
  item = &g_array_index (self->items, WmDisplayItem, self->items->len - 1);
  item->kind = kind;
  item->role = role;
  item->id = id ? g_string_chunk_insert_const (self->strings, id) : NULL;
  item->x = x;
  item->y = y;
  item->width = width;
  item->height = height;
  item->line_width = 1.0;

  return item;
}

WmDisplayItem *
wm_display_list_add_rect (WmDisplayList  *self,
                          WmDisplayRole   role,
                          const char     *id,
                          double          x,
                          double          y,
                          double          width,
                          double          height,
                          double          radius,
                          const WmColour *fill,
                          const WmColour *stroke)
{
  WmDisplayItem *item;

  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), NULL);

  item = add_item (self, WM_DISPLAY_RECT, role, id, x, y, width, height);
  item->radius = radius;
  if (fill != NULL)
    item->fill = *fill;
  if (stroke != NULL)
    item->stroke = *stroke;

  return item;
}

WmDisplayItem *
wm_display_list_add_circle (WmDisplayList  *self,
                            WmDisplayRole   role,
                            const char     *id,
                            double          cx,
                            double          cy,
                            double          r,
                            const WmColour *fill,
                            const WmColour *stroke,
                            double          line_width)
{
  WmDisplayItem *item;

  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), NULL);

  item = add_item (self, WM_DISPLAY_CIRCLE, role, id, cx - r, cy - r, 2 * r, 2 * r);
  if (fill != NULL)
    item->fill = *fill;
  if (stroke != NULL)
    item->stroke = *stroke;
  item->line_width = line_width;

  return item;
}

WmDisplayItem *
wm_display_list_add_line (WmDisplayList  *self,
                          double          x1,
                          double          y1,
                          double          x2,
                          double          y2,
                          const WmColour *stroke,
                          double          line_width,
                          gboolean        dashed)
{
  WmDisplayItem *item;

  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), NULL);

  item = add_item (self, WM_DISPLAY_LINE, WM_DISPLAY_ROLE_DECORATION, NULL,
                   x1, y1, x2 - x1, y2 - y1);
  item->stroke = *stroke;
  item->line_width = line_width;
  item->dashed = dashed;

  return item;
}

WmDisplayItem *
wm_display_list_add_path (WmDisplayList  *self,
                          WmDisplayRole   role,
                          const char     *id,
                          const double   *points,
                          guint           n_segments,
                          const WmColour *stroke,
                          double          line_width)
{
  WmDisplayItem *item;
  double min_x, min_y, max_x, max_y;
  guint n_values = 2 + 6 * n_segments;

  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), NULL);

  /* A Bézier curve stays inside the hull of its control points: bound by those. */
  min_x = max_x = points[0];
  min_y = max_y = points[1];
  for (guint i = 2; i < n_values; i += 2)
    {
      min_x = MIN (min_x, points[i]);
      max_x = MAX (max_x, points[i]);
      min_y = MIN (min_y, points[i + 1]);
      max_y = MAX (max_y, points[i + 1]);
    }

  item = add_item (self, WM_DISPLAY_PATH, role, id, min_x, min_y, max_x - min_x, max_y - min_y);
  item->stroke = *stroke;
  item->line_width = line_width;
  item->path_start = self->points->len;
  item->path_segments = n_segments;
  g_array_append_vals (self->points, points, n_values);

  return item;
}

/**
 * wm_display_list_add_text:
 * @text_x: where the baseline starts (for %WM_TEXT_ANCHOR_START), is centred, or ends
 * @text_y: the baseline
 * @width: the measured width of the line
 */
WmDisplayItem *
wm_display_list_add_text (WmDisplayList  *self,
                          WmDisplayRole   role,
                          const char     *id,
                          const char     *text,
                          double          text_x,
                          double          text_y,
                          double          width,
                          double          font_size,
                          gboolean        bold,
                          WmTextAnchor    anchor,
                          const WmColour *colour)
{
  WmDisplayItem *item;
  double left = text_x;

  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), NULL);

  if (anchor == WM_TEXT_ANCHOR_MIDDLE)
    left = text_x - width / 2;
  else if (anchor == WM_TEXT_ANCHOR_END)
    left = text_x - width;

  /* Bounds cover ascent and descent roughly; exact enough for culling and hit-testing. */
  item = add_item (self, WM_DISPLAY_TEXT, role, id, left, text_y - font_size, width,
                   font_size * 1.3);
  item->text = g_string_chunk_insert (self->strings, text);
  item->text_x = text_x;
  item->text_y = text_y;
  item->font_size = font_size;
  item->bold = bold;
  item->anchor = anchor;
  item->fill = *colour;

  return item;
}

WmDisplayItem *
wm_display_list_add_image (WmDisplayList *self,
                           WmDisplayRole  role,
                           const char    *id,
                           WmImage       *image,
                           double         x,
                           double         y,
                           double         width,
                           double         height)
{
  WmDisplayItem *item;

  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), NULL);
  g_return_val_if_fail (WM_IS_IMAGE (image), NULL);

  item = add_item (self, WM_DISPLAY_IMAGE, role, id, x, y, width, height);
  item->image = g_object_ref (image);
  item->radius = 6;

  return item;
}

static void
item_bounds (const WmDisplayItem *item,
             WmRect              *rect)
{
  double grow = item->line_width / 2 + 1;

  rect->x = MIN (item->x, item->x + item->width) - grow;
  rect->y = MIN (item->y, item->y + item->height) - grow;
  rect->width = fabs (item->width) + 2 * grow;
  rect->height = fabs (item->height) + 2 * grow;
}

static void
cell_range (WmDisplayList *self,
            const WmRect  *rect,
            guint         *c0,
            guint         *c1,
            guint         *r0,
            guint         *r1)
{
  *c0 = (guint) CLAMP (floor (rect->x / GRID_CELL), 0, self->grid_columns - 1);
  *c1 = (guint) CLAMP (floor ((rect->x + rect->width) / GRID_CELL), 0, self->grid_columns - 1);
  *r0 = (guint) CLAMP (floor (rect->y / GRID_CELL), 0, self->grid_rows - 1);
  *r1 = (guint) CLAMP (floor ((rect->y + rect->height) / GRID_CELL), 0, self->grid_rows - 1);
}

static void
free_cell (gpointer cell)
{
  if (cell != NULL)
    g_array_unref (cell);
}

static void
build_index (WmDisplayList *self)
{
  self->grid_columns = (guint) CLAMP (ceil (self->width / GRID_CELL), 1, 4096);
  self->grid_rows = (guint) CLAMP (ceil (self->height / GRID_CELL), 1, 4096);
  self->grid = g_ptr_array_new_full (self->grid_columns * self->grid_rows, free_cell);
  for (guint i = 0; i < self->grid_columns * self->grid_rows; i++)
    g_ptr_array_add (self->grid, NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      WmRect rect;
      guint c0, c1, r0, r1;

      item_bounds (&g_array_index (self->items, WmDisplayItem, i), &rect);
      cell_range (self, &rect, &c0, &c1, &r0, &r1);
      for (guint r = r0; r <= r1; r++)
        for (guint c = c0; c <= c1; c++)
          {
            GArray **cell = (GArray **) &self->grid->pdata[r * self->grid_columns + c];

            if (*cell == NULL)
              *cell = g_array_new (FALSE, FALSE, sizeof (guint));
            g_array_append_val (*cell, i);
          }
    }
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint ua = *(const guint *) a, ub = *(const guint *) b;

  return ua < ub ? -1 : ua > ub;
}

/**
 * wm_display_list_query:
 * @area: a rectangle in document units
 * @indices: (element-type guint): receives, in paint order, the items that may touch @area
 */
void
wm_display_list_query (WmDisplayList *self,
                       const WmRect  *area,
                       GArray        *indices)
{
  guint c0, c1, r0, r1;
  guint start = indices->len;

  g_return_if_fail (WM_IS_DISPLAY_LIST (self));

  if (self->grid == NULL)
    build_index (self);

  cell_range (self, area, &c0, &c1, &r0, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        GArray *cell = g_ptr_array_index (self->grid, r * self->grid_columns + c);

        if (cell == NULL)
          continue;
        for (guint k = 0; k < cell->len; k++)
          {
            guint index = g_array_index (cell, guint, k);
            WmRect rect;

            item_bounds (&g_array_index (self->items, WmDisplayItem, index), &rect);
            if (wm_rect_intersects (&rect, area))
              g_array_append_val (indices, index);
          }
      }

  /* Items in several cells were found several times; paint order is index order. */
  if (indices->len - start > 1)
    {
      guint out = start + 1;

      qsort (&g_array_index (indices, guint, start), indices->len - start, sizeof (guint),
             compare_uint);
      for (guint k = start + 1; k < indices->len; k++)
        if (g_array_index (indices, guint, k) != g_array_index (indices, guint, out - 1))
          g_array_index (indices, guint, out++) = g_array_index (indices, guint, k);
      g_array_set_size (indices, out);
    }
}

/**
 * wm_display_list_hit:
 * @role_mask: the roles to consider, made with WM_DISPLAY_ROLE_MASK()
 *
 * Returns: (nullable): the topmost item with an id under (@x, @y) among those roles
 */
const WmDisplayItem *
wm_display_list_hit (WmDisplayList *self,
                     double         x,
                     double         y,
                     guint          role_mask)
{
  g_autoptr(GArray) indices = g_array_new (FALSE, FALSE, sizeof (guint));
  WmRect point = { x, y, 0, 0 };

  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), NULL);

  wm_display_list_query (self, &point, indices);
  for (guint k = indices->len; k > 0; k--)
    {
      const WmDisplayItem *item = &g_array_index (self->items, WmDisplayItem,
                                                  g_array_index (indices, guint, k - 1));
      WmRect rect = { item->x, item->y, item->width, item->height };

      if (item->id != NULL && (role_mask & WM_DISPLAY_ROLE_MASK (item->role))
          && wm_rect_contains (&rect, x, y))
        return item;
    }

  return NULL;
}

/**
 * wm_display_list_find_bounds:
 *
 * Returns: whether an item shows @id; @bounds is then the union of those items' bounds
 */
gboolean
wm_display_list_find_bounds (WmDisplayList *self,
                             const char    *id,
                             WmRect        *bounds)
{
  gboolean found = FALSE;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  g_return_val_if_fail (WM_IS_DISPLAY_LIST (self), FALSE);

  for (guint i = 0; i < self->items->len; i++)
    {
      const WmDisplayItem *item = &g_array_index (self->items, WmDisplayItem, i);

      if (item->id == NULL || g_strcmp0 (item->id, id) != 0 || item->kind == WM_DISPLAY_TEXT)
        continue;
      if (!found)
        {
          x0 = item->x;
          y0 = item->y;
          x1 = item->x + item->width;
          y1 = item->y + item->height;
          found = TRUE;
        }
      else
        {
          x0 = MIN (x0, item->x);
          y0 = MIN (y0, item->y);
          x1 = MAX (x1, item->x + item->width);
          y1 = MAX (y1, item->y + item->height);
        }
    }

  if (found && bounds != NULL)
    *bounds = (WmRect) { x0, y0, x1 - x0, y1 - y0 };

  return found;
}

gboolean
wm_colour_parse (WmColour   *colour,
                 const char *text)
{
  unsigned int r, g, b, a = 255;
  size_t len;

  if (text == NULL || text[0] != '#')
    return FALSE;
  len = strlen (text);
  if (len == 7 && sscanf (text + 1, "%02x%02x%02x", &r, &g, &b) == 3)
    ;
  else if (len == 9 && sscanf (text + 1, "%02x%02x%02x%02x", &r, &g, &b, &a) == 4)
    ;
  else
    return FALSE;

  colour->red = r / 255.0;
  colour->green = g / 255.0;
  colour->blue = b / 255.0;
  colour->alpha = a / 255.0;

  return TRUE;
}

char *
wm_colour_to_hex (const WmColour *colour)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (int) round (CLAMP (colour->red, 0, 1) * 255),
                          (int) round (CLAMP (colour->green, 0, 1) * 255),
                          (int) round (CLAMP (colour->blue, 0, 1) * 255));
}

WmColour
wm_colour_with_alpha (const WmColour *colour,
                      double          alpha)
{
  WmColour c = *colour;

  c.alpha = alpha;

  return c;
}

WmColour
wm_colour_mix (const WmColour *a,
               const WmColour *b,
               double          t)
{
  return (WmColour) {
    a->red + (b->red - a->red) * t,
    a->green + (b->green - a->green) * t,
    a->blue + (b->blue - a->blue) * t,
    a->alpha + (b->alpha - a->alpha) * t,
  };
}

gboolean
wm_rect_intersects (const WmRect *a,
                    const WmRect *b)
{
  return a->x <= b->x + b->width && b->x <= a->x + a->width
         && a->y <= b->y + b->height && b->y <= a->y + a->height;
}

gboolean
wm_rect_contains (const WmRect *rect,
                  double        x,
                  double        y)
{
  return x >= rect->x && x <= rect->x + rect->width
         && y >= rect->y && y <= rect->y + rect->height;
}
