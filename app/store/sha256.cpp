// SHA-256 per FIPS 180-4 §6.2, HMAC per RFC 2104 §2, PBKDF2 per RFC 8018 §5.2.
#include "store/sha256.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace jb::store {

namespace {

// FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube
// roots of the first 64 primes.
constexpr std::array<std::uint32_t, 64> kRoundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// FIPS 180-4 §5.3.3: the first 32 bits of the fractional parts of the square
// roots of the first 8 primes.
constexpr std::array<std::uint32_t, 8> kInitialState = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

// The logical functions of FIPS 180-4 §4.1.2.
constexpr std::uint32_t Choose(std::uint32_t x, std::uint32_t y, std::uint32_t z) { return (x & y) ^ (~x & z); }
constexpr std::uint32_t Majority(std::uint32_t x, std::uint32_t y, std::uint32_t z) {
    return (x & y) ^ (x & z) ^ (y & z);
}
constexpr std::uint32_t BigSigma0(std::uint32_t x) { return std::rotr(x, 2) ^ std::rotr(x, 13) ^ std::rotr(x, 22); }
constexpr std::uint32_t BigSigma1(std::uint32_t x) { return std::rotr(x, 6) ^ std::rotr(x, 11) ^ std::rotr(x, 25); }
constexpr std::uint32_t SmallSigma0(std::uint32_t x) { return std::rotr(x, 7) ^ std::rotr(x, 18) ^ (x >> 3); }
constexpr std::uint32_t SmallSigma1(std::uint32_t x) { return std::rotr(x, 17) ^ std::rotr(x, 19) ^ (x >> 10); }

std::uint32_t LoadBigEndian32(const std::uint8_t* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

void StoreBigEndian32(std::uint32_t value, std::uint8_t* p) {
    p[0] = static_cast<std::uint8_t>(value >> 24);
    p[1] = static_cast<std::uint8_t>(value >> 16);
    p[2] = static_cast<std::uint8_t>(value >> 8);
    p[3] = static_cast<std::uint8_t>(value);
}

} // namespace

// [SECTION] SHA-256

Sha256::Sha256() : m_state(kInitialState) {}

void Sha256::Compress(const std::uint8_t* block) {
    std::array<std::uint32_t, 64> schedule;
    for (std::size_t t = 0; t < 16; ++t)
        schedule[t] = LoadBigEndian32(block + 4 * t);
    for (std::size_t t = 16; t < 64; ++t)
        schedule[t] = SmallSigma1(schedule[t - 2]) + schedule[t - 7] + SmallSigma0(schedule[t - 15]) + schedule[t - 16];

    std::uint32_t a = m_state[0], b = m_state[1], c = m_state[2], d = m_state[3];
    std::uint32_t e = m_state[4], f = m_state[5], g = m_state[6], h = m_state[7];
    for (std::size_t t = 0; t < 64; ++t) {
        const std::uint32_t t1 = h + BigSigma1(e) + Choose(e, f, g) + kRoundConstants[t] + schedule[t];
        const std::uint32_t t2 = BigSigma0(a) + Majority(a, b, c);
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    m_state[0] += a;
    m_state[1] += b;
    m_state[2] += c;
    m_state[3] += d;
    m_state[4] += e;
    m_state[5] += f;
    m_state[6] += g;
    m_state[7] += h;
}

void Sha256::Update(const void* data, std::size_t size) {
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    m_total_bytes += size;
    if (m_buffered > 0) {
        const std::size_t take = std::min(size, kBlockBytes - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, bytes, take);
        m_buffered += take;
        bytes += take;
        size -= take;
        if (m_buffered < kBlockBytes)
            return;
        Compress(m_buffer.data());
        m_buffered = 0;
    }
    for (; size >= kBlockBytes; bytes += kBlockBytes, size -= kBlockBytes)
        Compress(bytes);
    if (size > 0) {
        std::memcpy(m_buffer.data(), bytes, size);
        m_buffered = size;
    }
}

Sha256Digest Sha256::Finish() {
    // §5.1.1: a 1 bit, zeros up to 56 bytes mod 64, then the length in bits.
    const std::uint64_t total_bits = m_total_bytes * 8;
    m_buffer[m_buffered++] = 0x80;
    if (m_buffered > kBlockBytes - 8) {
        std::fill(m_buffer.begin() + static_cast<std::ptrdiff_t>(m_buffered), m_buffer.end(), std::uint8_t{0});
        Compress(m_buffer.data());
        m_buffered = 0;
    }
    std::fill(m_buffer.begin() + static_cast<std::ptrdiff_t>(m_buffered), m_buffer.end() - 8, std::uint8_t{0});
    for (int i = 0; i < 8; ++i)
        m_buffer[kBlockBytes - 1 - static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(total_bits >> (8 * i));
    Compress(m_buffer.data());
    m_buffered = 0;

    Sha256Digest digest;
    for (std::size_t i = 0; i < 8; ++i)
        StoreBigEndian32(m_state[i], digest.data() + 4 * i);
    return digest;
}

Sha256Digest Sha256Of(std::string_view bytes) {
    Sha256 hash;
    hash.Update(bytes);
    return hash.Finish();
}

// [SECTION] HMAC-SHA256

HmacSha256::HmacSha256(std::string_view key) {
    // RFC 2104 §2: a key longer than the block is hashed first; the result
    // (or the key) is padded with zeros to one block.
    std::array<std::uint8_t, Sha256::kBlockBytes> block{};
    if (key.size() > Sha256::kBlockBytes) {
        const Sha256Digest hashed = Sha256Of(key);
        std::copy(hashed.begin(), hashed.end(), block.begin());
    } else {
        std::memcpy(block.data(), key.data(), key.size());
    }
    std::array<std::uint8_t, Sha256::kBlockBytes> padded;
    for (std::size_t i = 0; i < padded.size(); ++i)
        padded[i] = block[i] ^ 0x36;
    m_inner.Update(padded.data(), padded.size());
    for (std::size_t i = 0; i < padded.size(); ++i)
        padded[i] = block[i] ^ 0x5c;
    m_outer.Update(padded.data(), padded.size());
    // Key material should not linger on the stack longer than needed.
    std::fill(block.begin(), block.end(), std::uint8_t{0});
    std::fill(padded.begin(), padded.end(), std::uint8_t{0});
}

Sha256Digest HmacSha256::Mac(const void* data, std::size_t size) const {
    Sha256 inner = m_inner;
    inner.Update(data, size);
    const Sha256Digest inner_digest = inner.Finish();
    Sha256 outer = m_outer;
    outer.Update(inner_digest.data(), inner_digest.size());
    return outer.Finish();
}

Sha256Digest HmacSha256Of(std::string_view key, std::string_view message) {
    return HmacSha256(key).Mac(message);
}

// [SECTION] PBKDF2-HMAC-SHA256

std::vector<std::uint8_t> Pbkdf2HmacSha256(std::string_view password, std::string_view salt,
                                           std::uint32_t iterations, std::size_t length) {
    iterations = std::max<std::uint32_t>(iterations, 1);
    const HmacSha256 prf(password);
    std::vector<std::uint8_t> derived;
    derived.reserve(length);
    std::string first_input(salt);
    // RFC 8018 caps the output at (2^32 - 1) blocks; nobody asks for that much here.
    for (std::uint32_t block_index = 1; derived.size() < length && block_index != 0; ++block_index) {
        first_input.resize(salt.size());
        for (int shift = 24; shift >= 0; shift -= 8)
            first_input += static_cast<char>(static_cast<std::uint8_t>(block_index >> shift));
        Sha256Digest u = prf.Mac(first_input);
        Sha256Digest t = u;
        for (std::uint32_t j = 1; j < iterations; ++j) {
            u = prf.Mac(u.data(), u.size());
            for (std::size_t k = 0; k < t.size(); ++k)
                t[k] ^= u[k];
        }
        const std::size_t take = std::min(t.size(), length - derived.size());
        derived.insert(derived.end(), t.begin(), t.begin() + static_cast<std::ptrdiff_t>(take));
    }
    return derived;
}

// [SECTION] hex

std::string ToHex(const std::uint8_t* bytes, std::size_t size) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        hex += kDigits[bytes[i] >> 4];
        hex += kDigits[bytes[i] & 0x0f];
    }
    return hex;
}

bool FromHex(std::string_view hex, std::vector<std::uint8_t>& out) {
    const auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    if (hex.size() % 2 != 0)
        return false;
    std::vector<std::uint8_t> bytes;
    bytes.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int high = nibble(hex[i]);
        const int low = nibble(hex[i + 1]);
        if (high < 0 || low < 0)
            return false;
        bytes.push_back(static_cast<std::uint8_t>(high * 16 + low));
    }
    out = std::move(bytes);
    return true;
}

} // namespace jb::store
