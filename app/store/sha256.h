// SHA-256 (FIPS 180-4), HMAC-SHA256 (RFC 2104) and PBKDF2-HMAC-SHA256
// (RFC 8018), written from the standards for hashing the facilitator PIN.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jb::store {

/// A SHA-256 digest.
using Sha256Digest = std::array<std::uint8_t, 32>;

/// Incremental SHA-256: Update() any number of times, then Finish() once.
class Sha256 {
public:
    static constexpr std::size_t kBlockBytes = 64;

    Sha256();
    void Update(const void* data, std::size_t size);
    void Update(std::string_view bytes) { Update(bytes.data(), bytes.size()); }
    /// The digest; the object must not be updated afterwards.
    [[nodiscard]] Sha256Digest Finish();

private:
    void Compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> m_state{};
    std::array<std::uint8_t, kBlockBytes> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_total_bytes = 0;
};

/// SHA-256 of `bytes` in one call.
[[nodiscard]] Sha256Digest Sha256Of(std::string_view bytes);

/// HMAC-SHA256 keyed once; each Mac() reuses the keyed inner and outer
/// states, which makes PBKDF2 twice as fast as rehashing the padded key.
class HmacSha256 {
public:
    explicit HmacSha256(std::string_view key);
    [[nodiscard]] Sha256Digest Mac(const void* data, std::size_t size) const;
    [[nodiscard]] Sha256Digest Mac(std::string_view bytes) const { return Mac(bytes.data(), bytes.size()); }

private:
    Sha256 m_inner;     ///< after absorbing key ^ ipad
    Sha256 m_outer;     ///< after absorbing key ^ opad
};

/// HMAC-SHA256 of `message` under `key` in one call.
[[nodiscard]] Sha256Digest HmacSha256Of(std::string_view key, std::string_view message);

/// PBKDF2 with HMAC-SHA256 as the PRF: `length` bytes derived from
/// `password` and `salt` with `iterations` (>= 1; 0 is treated as 1).
[[nodiscard]] std::vector<std::uint8_t> Pbkdf2HmacSha256(std::string_view password, std::string_view salt,
                                                         std::uint32_t iterations, std::size_t length);

/// Lower-case hexadecimal of `bytes`.
[[nodiscard]] std::string ToHex(const std::uint8_t* bytes, std::size_t size);
template <std::size_t N>
[[nodiscard]] std::string ToHex(const std::array<std::uint8_t, N>& bytes) { return ToHex(bytes.data(), N); }
[[nodiscard]] inline std::string ToHex(const std::vector<std::uint8_t>& bytes) {
    return ToHex(bytes.data(), bytes.size());
}

/// Bytes of a hexadecimal string (either case, even length), or false for anything else.
[[nodiscard]] bool FromHex(std::string_view hex, std::vector<std::uint8_t>& out);

} // namespace jb::store
