/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "wm-image.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} WmColour;

typedef struct
{
  double x, y, width, height;
} WmRect;

typedef enum
{
  WM_DISPLAY_RECT,    /* x, y, width, height; radius; fill and/or stroke */
  WM_DISPLAY_CIRCLE,  /* the circle inscribed in x, y, width, height */
  WM_DISPLAY_LINE,    /* from (x, y) to (x + width, y + height) */
  WM_DISPLAY_PATH,    /* a move-to then cubic Bézier segments; stroke only */
  WM_DISPLAY_TEXT,    /* one line of text; its bounds are x, y, width, height */
  WM_DISPLAY_IMAGE,   /* a picture scaled into x, y, width, height */
} WmDisplayKind;

/* What an item shows, for hit-testing and for the canvas to decorate (focus, selection). */
typedef enum
{
  WM_DISPLAY_ROLE_DECORATION,
  WM_DISPLAY_ROLE_TITLE,
  WM_DISPLAY_ROLE_PERSONA,
  WM_DISPLAY_ROLE_STAGE,
  WM_DISPLAY_ROLE_STEP,
  WM_DISPLAY_ROLE_LANE,
  WM_DISPLAY_ROLE_CELL,
  WM_DISPLAY_ROLE_CARD,
  WM_DISPLAY_ROLE_POINT,
  WM_DISPLAY_ROLE_VALUE,
} WmDisplayRole;

typedef enum
{
  WM_TEXT_ANCHOR_START,
  WM_TEXT_ANCHOR_MIDDLE,
  WM_TEXT_ANCHOR_END,
} WmTextAnchor;

/**
 * WmDisplayItem:
 *
 * One drawing instruction, in document units (1 unit = 1 px at 100 % zoom). Text items are
 * single lines already broken by the layout with Pango: @text_x/@text_y is the start of the
 * baseline (adjusted by @anchor), and every backend draws the line at exactly that place.
 */
typedef struct
{
  WmDisplayKind  kind;
  WmDisplayRole  role;
  const char    *id;          /* the model object shown, or NULL; owned by the list */
  double         x, y, width, height;
  WmColour       fill;        /* alpha 0: no fill */
  WmColour       stroke;      /* alpha 0: no stroke */
  double         line_width;
  double         radius;      /* rectangles: corner radius; images: clip corner radius */
  gboolean       dashed;

  /* WM_DISPLAY_TEXT */
  const char    *text;        /* owned by the list */
  double         font_size;   /* in units */
  gboolean       bold;
  WmTextAnchor   anchor;
  double         text_x, text_y;

  /* WM_DISPLAY_PATH: points[path_start…] = x0, y0, then (c1x, c1y, c2x, c2y, x, y) per segment */
  guint          path_start;
  guint          path_segments;

  /* WM_DISPLAY_IMAGE */
  WmImage       *image;
  gboolean       cover;       /* fill the box and crop, rather than fit inside it */
} WmDisplayItem;

#define WM_TYPE_DISPLAY_LIST (wm_display_list_get_type ())
G_DECLARE_FINAL_TYPE (WmDisplayList, wm_display_list, WM, DISPLAY_LIST, GObject)

/* The font family every backend uses, with fallbacks (SVG names them all). */
#define WM_FONT_FAMILY "Cantarell"
#define WM_FONT_FALLBACKS "Cantarell, Inter, \"DejaVu Sans\", sans-serif"

WmDisplayList       *wm_display_list_new          (double               width,
                                                   double               height);
double               wm_display_list_get_width    (WmDisplayList       *self);
double               wm_display_list_get_height   (WmDisplayList       *self);
void                 wm_display_list_set_size     (WmDisplayList       *self,
                                                   double               width,
                                                   double               height);
const WmColour      *wm_display_list_get_background (WmDisplayList     *self);
void                 wm_display_list_set_background (WmDisplayList     *self,
                                                   const WmColour      *colour);
const char          *wm_display_list_get_title    (WmDisplayList       *self);
void                 wm_display_list_set_title    (WmDisplayList       *self,
                                                   const char          *title);
guint                wm_display_list_get_n_items  (WmDisplayList       *self);
const WmDisplayItem *wm_display_list_get_item     (WmDisplayList       *self,
                                                   guint                index);
const double        *wm_display_list_get_points   (WmDisplayList       *self,
                                                   guint                start);

WmDisplayItem       *wm_display_list_add_rect     (WmDisplayList       *self,
                                                   WmDisplayRole        role,
                                                   const char          *id,
                                                   double               x,
                                                   double               y,
                                                   double               width,
                                                   double               height,
                                                   double               radius,
                                                   const WmColour      *fill,
                                                   const WmColour      *stroke);
WmDisplayItem       *wm_display_list_add_circle   (WmDisplayList       *self,
                                                   WmDisplayRole        role,
                                                   const char          *id,
                                                   double               cx,
                                                   double               cy,
                                                   double               r,
                                                   const WmColour      *fill,
                                                   const WmColour      *stroke,
                                                   double               line_width);
WmDisplayItem       *wm_display_list_add_line     (WmDisplayList       *self,
                                                   double               x1,
                                                   double               y1,
                                                   double               x2,
                                                   double               y2,
                                                   const WmColour      *stroke,
                                                   double               line_width,
                                                   gboolean             dashed);
WmDisplayItem       *wm_display_list_add_path     (WmDisplayList       *self,
                                                   WmDisplayRole        role,
                                                   const char          *id,
                                                   const double        *points,
                                                   guint                n_segments,
                                                   const WmColour      *stroke,
                                                   double               line_width);
WmDisplayItem       *wm_display_list_add_text     (WmDisplayList       *self,
                                                   WmDisplayRole        role,
                                                   const char          *id,
                                                   const char          *text,
                                                   double               text_x,
                                                   double               text_y,
                                                   double               width,
                                                   double               font_size,
                                                   gboolean             bold,
                                                   WmTextAnchor         anchor,
                                                   const WmColour      *colour);
WmDisplayItem       *wm_display_list_add_image    (WmDisplayList       *self,
                                                   WmDisplayRole        role,
                                                   const char          *id,
                                                   WmImage             *image,
                                                   double               x,
                                                   double               y,
                                                   double               width,
                                                   double               height);

void                 wm_display_list_query        (WmDisplayList       *self,
                                                   const WmRect        *area,
                                                   GArray              *indices);
const WmDisplayItem *wm_display_list_hit          (WmDisplayList       *self,
                                                   double               x,
                                                   double               y,
                                                   guint                role_mask);
gboolean             wm_display_list_find_bounds  (WmDisplayList       *self,
                                                   const char          *id,
                                                   WmRect              *bounds);

gboolean             wm_colour_parse              (WmColour            *colour,
                                                   const char          *text);
char                *wm_colour_to_hex             (const WmColour      *colour);
WmColour             wm_colour_with_alpha         (const WmColour      *colour,
                                                   double               alpha);
WmColour             wm_colour_mix                (const WmColour      *a,
                                                   const WmColour      *b,
                                                   double               t);
gboolean             wm_rect_intersects           (const WmRect        *a,
                                                   const WmRect        *b);
gboolean             wm_rect_contains             (const WmRect        *rect,
                                                   double               x,
                                                   double               y);

#define WM_DISPLAY_ROLE_MASK(role) (1u << (role))

G_END_DECLS
