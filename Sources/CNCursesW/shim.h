/* Shim for ncursesw: turns on the wide-character API and exposes the macros Swift cannot
 * import (see ../shared/notes/swift-ncurses.md §1–2). Only CursesBackend imports this module.
 * SwiftPM does not track this file: after editing it, touch a Swift file of CursesBackend. */
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#include <ncurses.h>
#include <term.h>
#include <locale.h>
#include <langinfo.h>
#include <stdlib.h>
#include <unistd.h>
static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }
static const attr_t NC_A_NORMAL = A_NORMAL;
static const attr_t NC_A_BOLD = A_BOLD;
static const attr_t NC_A_DIM = A_DIM;
static const attr_t NC_A_REVERSE = A_REVERSE;
static const attr_t NC_A_UNDERLINE = A_UNDERLINE;
static const attr_t NC_A_ITALIC = A_ITALIC;
static inline int nc_key_f(int n) { return KEY_F(n); }
/* Mouse masks (macros, not imported): the left button and the wheel (buttons 4 and 5). */
static const mmask_t NC_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t NC_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t NC_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t NC_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t NC_BUTTON5_PRESSED = BUTTON5_PRESSED;

/* A capability string from terminfo, or NULL when the terminal lacks it
 * (tigetstr returns (char *)-1 for "not a string capability", which Swift should never see). */
static inline const char *nc_string_cap(const char *name) {
  char *s = tigetstr(name);
  return (s == NULL || s == (char *)-1) ? NULL : s;
}

/* A parameterised capability string expanded by tiparm (variadic, so not importable), or NULL.
 * ncurses reads numeric parameters as long. */
static inline const char *nc_tiparm1(const char *cap, long a) {
  return cap == NULL ? NULL : tiparm(cap, a);
}
static inline const char *nc_tiparm2(const char *cap, long a, long b) {
  return cap == NULL ? NULL : tiparm(cap, a, b);
}

#endif
