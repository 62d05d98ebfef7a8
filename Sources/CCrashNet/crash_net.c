/* The terminal's crash net (include/crash_net.h). Everything the handler calls is
 * async-signal-safe (write, tcsetattr, sigaction, raise); the state is one file-static
 * struct because a signal handler can reach nothing else. */
#define _GNU_SOURCE
#include "crash_net.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <termios.h>
#include <unistd.h>

#ifndef NSIG
#define NSIG 65
#endif

/* Signals that crash reporters (the Swift runtime's backtracer, installed before main for
 * QUIT, ABRT, BUS, FPE, ILL, SEGV, TRAP) may hold: the net goes over their handler and calls
 * it once the terminal is back, so the report lands on the normal screen. */
static const int reported[] = {
  SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGSYS,
};

/* The other signals whose default action ends the process. The net takes them only while
 * they still have that default, so a handler someone else installed (a profiler's SIGPROF)
 * keeps working. INT and TERM are absent: ncurses' own handler restores the terminal until
 * the live loop's Dispatch sources take them over (and HUP). KILL and STOP cannot be caught. */
static const int ending[] = {
  SIGHUP, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
  SIGIO, SIGPWR, SIGSTKFLT,
};

static struct {
  int armed;
  /* Set by the first signal to reach the handler: a second one (a fault in the crash
   * reporter, systemd's watchdog SIGABRT while it waits) ends the process at once. */
  int entered;
  int fd;
  int saved_ok;
  struct termios saved;
  char restore[512];
  size_t restore_len;
  /* What each covered signal did before the net, called after the terminal is back. */
  struct sigaction previous[NSIG];
} net;

static int in_list(const int *list, size_t count, int sig) {
  for (size_t i = 0; i < count; i++)
    if (list[i] == sig) return 1;
  return 0;
}

static int is_reported(int sig) {
  return in_list(reported, sizeof(reported) / sizeof(reported[0]), sig);
}

int crash_net_covers(int sig) {
  if (sig <= 0 || sig >= NSIG) return 0;
  if (is_reported(sig) || in_list(ending, sizeof(ending) / sizeof(ending[0]), sig)) return 1;
  return sig >= SIGRTMIN && sig <= SIGRTMAX;
}

/* Once only, whichever thread gets here first: a second crash must not write again. */
static void restore_terminal(void) {
  if (__atomic_exchange_n(&net.armed, 0, __ATOMIC_ACQ_REL) == 0) return;
  const char *bytes = net.restore;
  size_t left = net.restore_len;
  while (left > 0) {
    ssize_t n = write(net.fd, bytes, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    bytes += n;
    left -= (size_t)n;
  }
  if (net.saved_ok) tcsetattr(net.fd, TCSANOW, &net.saved);
}

static void crash_net_handler(int sig, siginfo_t *info, void *context) {
  int saved_errno = errno;
  restore_terminal();
  const struct sigaction *before = &net.previous[sig];
  if (__atomic_exchange_n(&net.entered, 1, __ATOMIC_ACQ_REL) != 0) {
    /* Not the first: straight to the default action below. */
  } else if (before->sa_flags & SA_SIGINFO) {
    if (before->sa_sigaction != NULL) before->sa_sigaction(sig, info, context);
  } else if (before->sa_handler != SIG_DFL && before->sa_handler != SIG_IGN) {
    before->sa_handler(sig);
  }
  /* End with the default action, whatever the handler before did: the Swift backtracer
   * returns (after a SIGQUIT, or a kill -SEGV, the process would run on), and a fault
   * re-executed would only come back here. SA_NODEFER: the raise is delivered at once. */
  struct sigaction fallback;
  memset(&fallback, 0, sizeof(fallback));
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(sig, &fallback, NULL);
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, sig);
  sigprocmask(SIG_UNBLOCK, &only, NULL);
  raise(sig);
  errno = saved_errno;
}

int crash_net_save(int fd) {
  net.armed = 0;
  net.fd = fd;
  net.saved_ok = tcgetattr(fd, &net.saved) == 0;
  return net.saved_ok ? 0 : -1;
}

static void install(int sig, const struct sigaction *action) {
  struct sigaction current;
  if (sigaction(sig, NULL, &current) != 0) return;
  if (!(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_IGN) return;
  int ours = (current.sa_flags & SA_SIGINFO) && current.sa_sigaction == crash_net_handler;
  if (ours) return;  /* armed before (a second screen): keep the handler it went over */
  int isDefault = !(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_DFL;
  if (!isDefault && !is_reported(sig)) return;
  net.previous[sig] = current;
  sigaction(sig, action, NULL);
}

void crash_net_arm(const char *restore) {
  size_t n = restore == NULL ? 0 : strlen(restore);
  if (n >= sizeof(net.restore)) n = sizeof(net.restore) - 1;
  if (n > 0) memcpy(net.restore, restore, n);
  net.restore[n] = 0;
  net.restore_len = n;
  struct sigaction action;
  memset(&action, 0, sizeof(action));
  action.sa_sigaction = crash_net_handler;
  /* Like the Swift backtracer's: every other signal waits while the handler runs, but a
   * crash inside it still ends the process. SA_ONSTACK: a stack overflow's SIGSEGV runs on
   * the alternate stack the Swift runtime set up for the main thread. */
  sigfillset(&action.sa_mask);
  for (int sig = 1; sig < NSIG; sig++)
    if (is_reported(sig)) sigdelset(&action.sa_mask, sig);
  action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  __atomic_store_n(&net.armed, 1, __ATOMIC_RELEASE);
  for (int sig = 1; sig < NSIG; sig++)
    if (crash_net_covers(sig)) install(sig, &action);
}

void crash_net_disarm(void) { __atomic_store_n(&net.armed, 0, __ATOMIC_RELEASE); }

int crash_net_is_armed(void) { return __atomic_load_n(&net.armed, __ATOMIC_ACQUIRE); }

/* 256 KiB: the Swift runtime's backtracer runs on it before the net lets the signal end the
 * process; only the pages it touches are ever backed by memory. */
enum { alternate_stack_size = 256 * 1024 };

int crash_net_cover_this_thread(void) {
  static __thread int covered;
  if (covered) return 0;
  stack_t current;
  if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE)) {
    covered = 1;
    return 0;
  }
  void *stack = mmap(NULL, alternate_stack_size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
  if (stack == MAP_FAILED) return -1;
  stack_t alternate;
  memset(&alternate, 0, sizeof(alternate));
  alternate.ss_sp = stack;
  alternate.ss_size = alternate_stack_size;
  if (sigaltstack(&alternate, NULL) != 0) {
    munmap(stack, alternate_stack_size);
    return -1;
  }
  covered = 1;
  return 0;
}
