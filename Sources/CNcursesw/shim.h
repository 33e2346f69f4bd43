// The ncursesw API as Swift sees it, plus accessors for what Swift cannot import:
// attribute and mouse macros, KEY_F, and the C globals stdscr, LINES, COLS, COLORS.
#ifndef TIES_CNCURSESW_SHIM_H
#define TIES_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncurses.h>
#include <term.h>
#include <string.h>

static inline WINDOW *ties_stdscr(void) { return stdscr; }
static inline int ties_lines(void) { return LINES; }
static inline int ties_cols(void) { return COLS; }
static inline int ties_colors(void) { return COLORS; }
static inline int ties_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t ties_a_normal(void) { return A_NORMAL; }
static inline attr_t ties_a_bold(void) { return A_BOLD; }
static inline attr_t ties_a_dim(void) { return A_DIM; }
static inline attr_t ties_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ties_a_reverse(void) { return A_REVERSE; }

static inline mmask_t ties_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline mmask_t ties_button1(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t ties_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t ties_wheel_down(void) { return BUTTON5_PRESSED; }

static inline int ties_key_code_yes(void) { return KEY_CODE_YES; }

static inline int ties_has_string(const char *name) {
    char *value = tigetstr(name);
    return value != NULL && value != (char *)-1;
}

static inline void ties_append_capability(const char *name, char *buffer, size_t size, size_t *used) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return;
    size_t length = strlen(value);
    // Padding delays ($<5>) are for real hardware terminals; leave capabilities that use them out.
    if (strstr(value, "$<") != NULL || *used + length >= size) return;
    memcpy(buffer + *used, value, length);
    *used += length;
}

/// Looks a terminal type up in terminfo without touching any terminal.
/// Returns 1 when terminfo knows it, with its colour count, whether it can move the cursor,
/// whether it has an alternate screen, and the bytes that give the screen back (leave the
/// alternate screen and keypad mode, show the cursor, reset attributes).
static inline int ties_probe_terminal_restore(
    const char *term, int *colors, int *addressable, int *alternate, char *restore, size_t size, size_t *used
) {
    int error = 0;
    TERMINAL *saved = cur_term;
    if (setupterm((char *)term, -1, &error) != OK) {
        set_curterm(saved);
        return 0;
    }
    TERMINAL *probe = cur_term;
    *colors = tigetnum("colors");
    *addressable = ties_has_string("cup");
    *alternate = ties_has_string("smcup");
    *used = 0;
    ties_append_capability("sgr0", restore, size, used);
    ties_append_capability("rmkx", restore, size, used);
    ties_append_capability("cnorm", restore, size, used);
    ties_append_capability("rmcup", restore, size, used);
    set_curterm(saved);
    del_curterm(probe);
    return 1;
}



/// Bytes ncurses would send, collected rather than written, so ties can send them with its own
/// (an OSC 8 hyperlink around text ncurses has already drawn). One caller at a time: the
/// thread that draws.
struct ties_collector {
    char bytes[256];
    size_t used;
};

static inline struct ties_collector *ties_collector(void) {
    static struct ties_collector collector;
    return &collector;
}

static inline int ties_collect(int byte) {
    struct ties_collector *collector = ties_collector();
    if (collector->used < sizeof collector->bytes) collector->bytes[collector->used++] = (char)byte;
    return byte;
}

static inline size_t ties_collected_copy(char *out, size_t size) {
    struct ties_collector *collector = ties_collector();
    size_t used = collector->used < size ? collector->used : size;
    memcpy(out, collector->bytes, used);
    return used;
}

/// The bytes that move the cursor to a cell (terminfo cup, padding applied).
static inline size_t ties_move_bytes(int y, int x, char *out, size_t size) {
    ties_collector()->used = 0;
    if (cursor_address == NULL) return 0;
    tputs(tiparm(cursor_address, y, x), 1, ties_collect);
    return ties_collected_copy(out, size);
}

/// The bytes that switch to attributes and a colour pair. ncurses records the switch, so what
/// it sends next starts from these attributes, as the terminal does.
static inline size_t ties_look_bytes(attr_t attributes, int pair, char *out, size_t size) {
    ties_collector()->used = 0;
    vid_puts(attributes, (short)pair, &pair, ties_collect);
    return ties_collected_copy(out, size);
}

/// Sets one cell from a wide string of at most a few code points, with attributes and a pair.
static inline int ties_put_cell(int y, int x, const wchar_t *text, attr_t attributes, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, (short)0, &pair) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

#endif
