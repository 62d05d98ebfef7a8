/* A cache prefetch hint for the engine's event loop (docs/DECISIONS.md D79): Swift has no
 * prefetch intrinsic, and a plain load it does not use is removed by the optimiser. */
#ifndef CPREFETCH_PREFETCH_H
#define CPREFETCH_PREFETCH_H

/* Asks the CPU to bring the cache line holding `p` closer, for a write soon. Never faults,
 * whatever `p` is; does nothing where the compiler has no prefetch. */
static inline void prefetch_for_write(const void *p) { __builtin_prefetch(p, 1, 3); }

#endif
