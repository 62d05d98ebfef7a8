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
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
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

/* Crash-safety net. A fatal signal (a Swift trap is SIGILL/SIGTRAP) would leave the terminal in
 * raw mode on the alternate screen. The handler only calls async-signal-safe functions: it puts
 * back the termios saved before curses started, writes the terminal's own "leave alternate
 * screen / show cursor" bytes captured in advance, then re-raises with the default action.
 * State lives in one function-local static; only CursesBackend's CrashRestore.swift calls this. */
struct nc_crash_state {
  int armed;
  int fd;
  struct termios saved;
  char restore[256];
  size_t restore_len;
};
static inline struct nc_crash_state *nc_crash_state(void) {
  static struct nc_crash_state state;
  return &state;
}
static inline void nc_crash_handler(int sig) {
  struct nc_crash_state *s = nc_crash_state();
  if (s->armed) {
    s->armed = 0;
    tcsetattr(s->fd, TCSANOW, &s->saved);
    if (s->restore_len > 0) { ssize_t r = write(s->fd, s->restore, s->restore_len); (void)r; }
  }
  signal(sig, SIG_DFL);
  raise(sig);
}
/* Saves the termios of fd. Must run BEFORE newterm: newterm already switches the tty to
 * cbreak/noecho/nonl (XPG4), so a later save would "restore" raw mode. Returns 0 on success. */
static inline int nc_crash_save(int fd) {
  struct nc_crash_state *s = nc_crash_state();
  s->armed = 0;
  s->fd = fd;
  return tcgetattr(fd, &s->saved) == 0 ? 0 : -1;
}
/* Stores the bytes to write on a crash and installs the handler for the fatal signals. */
static inline void nc_crash_arm(const char *restore) {
  struct nc_crash_state *s = nc_crash_state();
  s->restore_len = 0;
  if (restore != NULL) {
    size_t n = strlen(restore);
    if (n >= sizeof(s->restore)) n = sizeof(s->restore) - 1;
    memcpy(s->restore, restore, n);
    s->restore[n] = 0;
    s->restore_len = n;
  }
  s->armed = 1;
  int fatal[] = { SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV };
  for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = nc_crash_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;
    sigaction(fatal[i], &sa, NULL);
  }
}
/* Disarms the net after a normal endwin (the terminal is already restored). */
static inline void nc_crash_disarm(void) { nc_crash_state()->armed = 0; }
#endif
