/* CPrefetch is header-only (an inline hint); SwiftPM wants a source file in a C target. */
#include "prefetch.h"
