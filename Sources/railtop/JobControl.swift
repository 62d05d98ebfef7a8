import Glibc

/// Stopping the process as Ctrl-Z would, from the main queue.
///
/// SIGTSTP has a Dispatch source (`LiveSignals.onStop`), so its own arrival stops nothing; the
/// app stops itself once curses mode is left. Raising SIGTSTP with its default action (not
/// SIGSTOP) lets the shell report the job as "Stopped", as for any program suspended by
/// Ctrl-Z.
enum JobControl {
  /// Stops the process with SIGTSTP's default action; returns when it is continued. The
  /// Dispatch source's handler and the thread's signal mask are put back afterwards.
  static func stopAsIfByCtrlZ() {
    var dispatchAction = sigaction()
    var defaultAction = sigaction()
    defaultAction.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&defaultAction.sa_mask)
    sigaction(SIGTSTP, &defaultAction, &dispatchAction)
    var tstp = sigset_t()
    sigemptyset(&tstp)
    sigaddset(&tstp, SIGTSTP)
    var mask = sigset_t()
    pthread_sigmask(SIG_UNBLOCK, &tstp, &mask)
    // Delivered before `raise` returns (it is unblocked in this thread): the process stops
    // here, and carries on from here after SIGCONT.
    raise(SIGTSTP)
    pthread_sigmask(SIG_SETMASK, &mask, nil)
    sigaction(SIGTSTP, &dispatchAction, nil)
  }
}
