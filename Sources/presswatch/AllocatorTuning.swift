/// How much free memory glibc's allocator keeps at the top of its heaps instead of handing it
/// back to the kernel at once, for every command (the daemon, `parse`, `query`, ...).
///
/// Why: parsing one article allocates and frees a few hundred KiB to a few MiB (the decoded
/// text, the HTML tree, the record). With glibc's default (`M_TOP_PAD` 128 KiB, trimming above
/// 128 KiB free) the heap grew and shrank again for almost every article: `presswatch parse`
/// over 2,000 seed-like articles made 8,131 `brk`/`mmap`/`munmap` calls and took 7,494 page
/// faults, each fault the kernel zeroing a page it had just taken back. With 4 MiB of padding
/// the same run makes 90 such calls and takes 1,225 faults; the 171 eval pages go from 191 calls
/// and 6,142 faults to 101 and 2,713 (`strace -f -c -e trace=brk,mmap,munmap` and `perf stat -e
/// page-faults` on `presswatch parse --files-from`; output unchanged).
///
/// Cost: at most `topPad` bytes more than before stay mapped per heap after a peak (pages never
/// touched are not resident). Failure: `mallopt` returning 0 (a value glibc refuses) leaves the
/// defaults, which are correct, only slower; nothing else depends on it.
enum AllocatorTuning {
    static let topPad: Int32 = 4 << 20
    /// `M_TOP_PAD` of glibc's <malloc.h>, which Swift's Glibc module does not import.
    private static let topPadOption: Int32 = -2

    /// Call once, first thing in `main`, before any thread starts.
    static func apply() {
        _ = mallopt(topPadOption, topPad)
    }
}

/// glibc's `int mallopt(int, int)`, which Swift's Glibc module does not import (<malloc.h>).
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
