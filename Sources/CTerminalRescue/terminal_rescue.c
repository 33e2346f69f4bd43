#include "terminal_rescue.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static char rescue_bytes[512];
static size_t rescue_count = 0;
static int rescue_descriptor = -1;
static struct termios rescue_modes;
static volatile sig_atomic_t armed = 0;
static int installed = 0;

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
#define CRASH_SIGNAL_COUNT (sizeof(crash_signals) / sizeof(crash_signals[0]))
static struct sigaction previous[CRASH_SIGNAL_COUNT];

void ties_rescue_prepare(int descriptor, const char *bytes, size_t count) {
    if (count > sizeof(rescue_bytes)) count = sizeof(rescue_bytes);
    memcpy(rescue_bytes, bytes, count);
    rescue_count = count;
    rescue_descriptor = descriptor;
    if (tcgetattr(descriptor, &rescue_modes) == 0) armed = 1;
}

void ties_rescue_restore(void) {
    if (!armed) return;
    armed = 0;
    size_t offset = 0;
    while (offset < rescue_count) {
        ssize_t written = write(rescue_descriptor, rescue_bytes + offset, rescue_count - offset);
        if (written <= 0) break;
        offset += (size_t)written;
    }
    tcsetattr(rescue_descriptor, TCSANOW, &rescue_modes);
}

void ties_rescue_disarm(void) { armed = 0; }

static void rescue_handler(int number, siginfo_t *info, void *context) {
    ties_rescue_restore();
    for (size_t index = 0; index < CRASH_SIGNAL_COUNT; index++) {
        if (crash_signals[index] != number) continue;
        struct sigaction *before = &previous[index];
        if ((before->sa_flags & SA_SIGINFO) && before->sa_sigaction != NULL) {
            before->sa_sigaction(number, info, context);
            return;
        }
        if (before->sa_handler != SIG_DFL && before->sa_handler != SIG_IGN && before->sa_handler != NULL) {
            before->sa_handler(number);
            return;
        }
    }
    // No handler before ours: die of the signal as if we had not been here.
    signal(number, SIG_DFL);
    raise(number);
}

void ties_rescue_install(void) {
    if (installed) return;
    installed = 1;
    for (size_t index = 0; index < CRASH_SIGNAL_COUNT; index++) {
        struct sigaction action;
        memset(&action, 0, sizeof(action));
        action.sa_sigaction = rescue_handler;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        sigaction(crash_signals[index], &action, &previous[index]);
    }
}
