/* The terminal's crash net: puts the saved tty modes back and leaves the alternate screen when
 * a signal ends the process while the live screen is open, then lets the signal end it.
 *
 * A C target of its own (not the CNCursesW shim header) because the state must exist once: a
 * `static` in a header is copied into every Swift module that inlines a caller, and a release
 * build (cross-module optimisation) saved the modes into one copy while the handler read the
 * other, all zeroes, which left the tty raw (docs/DECISIONS.md D68). */
#ifndef CCRASHNET_CRASH_NET_H
#define CCRASHNET_CRASH_NET_H

/* Saves the termios of fd. Call BEFORE newterm, which already switches the tty to cbreak and
 * noecho. Returns 0 on success, -1 when fd is not a terminal. */
int crash_net_save(int fd);

/* Stores the bytes written on a crash (leave the alternate screen, show the cursor, mouse
 * off; at most 511 are kept) and installs the handler on every signal whose default action
 * ends the process (crash_net_covers), but on none that is ignored. */
void crash_net_arm(const char *restore);

/* Disarms after a normal endwin: the handler still lets signals end the process as before,
 * but writes nothing and leaves the tty modes alone. */
void crash_net_disarm(void);

/* 1 when the net is armed (between crash_net_arm and crash_net_disarm). */
int crash_net_is_armed(void);

/* 1 when crash_net_arm puts its handler on signal `sig` (unless it is ignored then). */
int crash_net_covers(int sig);

/* Gives the calling thread an alternate signal stack if it has none, so that the handler
 * (installed with SA_ONSTACK) can run when this thread overflows its own stack. The Swift
 * runtime sets one up for the main thread only; after dispatchMain the main queue's blocks run
 * on a Dispatch worker thread. Cheap after the first call on a thread (a thread-local flag);
 * the stack stays for the thread's life (Dispatch keeps its threads). Returns 0 when the
 * thread has an alternate stack, -1 when none could be made. */
int crash_net_cover_this_thread(void);

#endif
