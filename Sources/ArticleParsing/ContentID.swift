import Crypto

/// The stable identifier of an article file.
///
/// Contract: the first 16 lowercase hexadecimal digits of the SHA-256 of the exact bytes of the
/// file, before any decoding or normalisation, so the same file always gets the same id and
/// re-ingesting it is idempotent. Never fails.
///
/// Cost: swift-crypto's BoringSSL uses the CPU's SHA extensions when it has them
/// (`sha256_block_data_order_hw`; the bench host has `sha_ni`), about 1.4 % of the CPU time of
/// `presswatch parse` over the 2,000 bench articles (`perf record`). Valgrind hides those
/// extensions, so under callgrind BoringSSL takes its AVX path and SHA-256 shows as 196 M of the
/// 2,683 M instructions: an artefact of the measurement, not a cost to cut (libcrypto would
/// take the same hardware path).
enum ContentID {
    static func of(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        return String(unsafeUninitializedCapacity: 16) { hex in
            for (index, byte) in digest.prefix(8).enumerated() {
                hex[2 * index] = hexDigits[Int(byte >> 4)]
                hex[2 * index + 1] = hexDigits[Int(byte & 0x0F)]
            }
            return 16
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
