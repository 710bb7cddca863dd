#ifndef PRESSWATCH_COLUMNS_CHECKSUM_H
#define PRESSWATCH_COLUMNS_CHECKSUM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// XXH64 (Yann Collet's xxHash, 64-bit variant, as specified in xxhash's
/// doc/xxhash_spec.md) of `length` bytes at `bytes` with `seed`: the checksum of each section of
/// a shard's query columns file (`index/<generation>.cols`). Reads exactly `length` bytes;
/// `bytes` may be NULL when `length` is 0. Pure and thread-safe.
uint64_t presswatch_xxh64(const void *bytes, size_t length, uint64_t seed);

#ifdef __cplusplus
}
#endif

#endif
