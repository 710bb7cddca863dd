/* The floor under `presswatch query`: what touching the shard bytes costs at all, measured with
 * minimal C++ loops over the same files, beside the query lines of query_bench.py.
 *
 *   touch   mmap(MAP_POPULATE) every shard and read each 8-byte word once (memory speed);
 *   stage1  the same mappings through simdjson's On Demand iterate() (its stage 1: UTF-8 and
 *           structure checked, structural index built), what presswatch's shard scan starts with;
 *   walk    stage 1 plus visiting every change and every top-level member of each entry
 *           (no value decoded): the shard scan without its bookkeeping.
 * Each is the best of ROUNDS rounds, CPU ms of the process (user + system, one thread) and wall ms.
 *
 * Usage: shard_floor ROUNDS SHARD...   prints "<name> <cpu ms> <wall ms>" per line.
 * Built and run by query_bench.py (c++ -O2 ... -lsimdjson); prints figures, asserts nothing.
 * Exit status 2 when a shard cannot be read or parsed. */
#include <simdjson.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace simdjson;

static double now_ms(clockid_t clock) {
    timespec t;
    clock_gettime(clock, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

struct Mapped {
    const char *bytes;
    size_t length, reserved;
};

/// As MappedFile does: padding of zero pages after the file, pages read in at once.
static bool map_file(const char *path, Mapped &out) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat info;
    if (fstat(fd, &info) != 0) { close(fd); return false; }
    size_t length = size_t(info.st_size), page = size_t(sysconf(_SC_PAGESIZE));
    size_t reserved = (length + SIMDJSON_PADDING + page - 1) / page * page;
    void *region = mmap(nullptr, reserved, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (region == MAP_FAILED) { close(fd); return false; }
    if (length > 0 && mmap(region, length, PROT_READ, MAP_PRIVATE | MAP_FIXED | MAP_POPULATE, fd, 0) != region) {
        close(fd);
        return false;
    }
    close(fd);
    out = {static_cast<const char *>(region), length, reserved};
    return true;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s ROUNDS SHARD...\n", argv[0]);
        return 2;
    }
    int rounds = atoi(argv[1]);
    double best[3][2] = {{1e18, 1e18}, {1e18, 1e18}, {1e18, 1e18}};
    volatile uint64_t sink = 0;
    for (int round = 0; round < rounds; round++) {
        for (int kind = 0; kind < 3; kind++) {
            double cpu = now_ms(CLOCK_PROCESS_CPUTIME_ID), wall = now_ms(CLOCK_MONOTONIC);
            std::vector<Mapped> files;
            for (int index = 2; index < argc; index++) {
                Mapped file;
                if (!map_file(argv[index], file)) { fprintf(stderr, "cannot map %s\n", argv[index]); return 2; }
                files.push_back(file);
            }
            uint64_t sum = 0;
            for (const Mapped &file : files) {
                if (kind == 0) {
                    const uint64_t *words = reinterpret_cast<const uint64_t *>(file.bytes);
                    for (size_t word = 0; word < file.length / 8; word++) sum += words[word];
                    continue;
                }
                ondemand::parser parser;
                ondemand::document doc;
                if (parser.iterate(padded_string_view(file.bytes, file.length, file.length + SIMDJSON_PADDING)).get(doc)) {
                    fprintf(stderr, "not JSON\n");
                    return 2;
                }
                if (kind == 1) continue;
                ondemand::object root;
                if (doc.get_object().get(root)) return 2;
                for (auto member : root) {
                    ondemand::field field;
                    if (std::move(member).get(field)) return 2;
                    if (!field.key().raw() || !field.key().unsafe_is_equal("changes")) continue;
                    for (auto change : field.value().get_array()) {
                        for (auto part : change.get_object()) {
                            ondemand::field member_of_change;
                            if (std::move(part).get(member_of_change)) return 2;
                            if (!member_of_change.key().unsafe_is_equal("entry")) continue;
                            ondemand::object entry;
                            if (member_of_change.value().get_object().get(entry)) continue;  // null
                            for (auto entry_member : entry) {
                                ondemand::field entry_field;
                                if (std::move(entry_member).get(entry_field)) return 2;
                                sum += entry_field.value().raw_json_token().size();
                            }
                        }
                    }
                }
            }
            sink = sink + sum;
            for (const Mapped &file : files) munmap(const_cast<char *>(file.bytes), file.reserved);
            double spent_cpu = now_ms(CLOCK_PROCESS_CPUTIME_ID) - cpu, spent_wall = now_ms(CLOCK_MONOTONIC) - wall;
            if (spent_cpu < best[kind][0]) best[kind][0] = spent_cpu;
            if (spent_wall < best[kind][1]) best[kind][1] = spent_wall;
        }
    }
    const char *names[3] = {"touch", "stage1", "walk"};
    for (int kind = 0; kind < 3; kind++) printf("%s %.1f %.1f\n", names[kind], best[kind][0], best[kind][1]);
    (void)sink;
    return 0;
}
