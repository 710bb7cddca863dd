// Debian's libxxhash-dev (xxHash 0.8): XXH64, the checksum of each section of a shard's query
// columns file (index/<generation>.cols, Sources/ArticleIndex/ShardColumns.swift).
#include <xxhash.h>
