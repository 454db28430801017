#ifndef LKJIP_CPCRE2_SHIM_H
#define LKJIP_CPCRE2_SHIM_H
// pcre2.h needs the code unit width before it is included; we only use the 8-bit library.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// PCRE2_UNSET is a macro over ~(PCRE2_SIZE)0 and does not import into Swift.
static inline size_t lkjip_pcre2_unset(void) { return PCRE2_UNSET; }
#endif
