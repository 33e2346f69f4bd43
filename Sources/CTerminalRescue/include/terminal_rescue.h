// Gives the terminal back when the program dies of a signal it cannot handle in its loop:
// a crash (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP). The handler only writes a
// prepared byte string and restores the saved terminal modes (both async-signal-safe), then
// passes the signal on to the handler that was there before (Swift's backtracer, which then
// prints its report on a usable terminal) or to the default action.
#ifndef TIES_TERMINAL_RESCUE_H
#define TIES_TERMINAL_RESCUE_H

#include <stddef.h>

/// Saves the terminal modes of `descriptor` and the bytes that undo the dashboard's changes
/// to the screen (leave the alternate screen, show the cursor, stop mouse reports).
void ties_rescue_prepare(int descriptor, const char *bytes, size_t count);

/// Installs the crash handlers (once).
void ties_rescue_install(void);

/// Gives the terminal back now (used by the handlers); safe in a signal handler.
void ties_rescue_restore(void);

/// Forgets the prepared state: the terminal has been given back normally.
void ties_rescue_disarm(void);

#endif
