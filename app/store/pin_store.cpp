// PIN file reading (strict, fail-closed), hashing and atomic writing.
#include "store/pin_store.h"

#include "store/sha256.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <random>
#include <system_error>

namespace jb::store {

namespace fs = std::filesystem;

namespace {

constexpr int kPinSchema = 1;
constexpr std::string_view kAlgorithm = "pbkdf2-sha256";
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kMinSaltBytes = 8;
constexpr std::size_t kMaxSaltBytes = 64;
constexpr std::size_t kHashBytes = 32;
constexpr std::size_t kMaxPinFileBytes = 4096;
// A --pin-file holds a few digits; anything much bigger is the wrong file.
constexpr std::size_t kMaxProvisionFileBytes = 256;
constexpr std::string_view kLockedAdvice =
    "; the facilitator PIN stays locked until a new one is set with --pin-file";

std::string Trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

bool SameBytes(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
    // Constant time: every byte is looked at whatever the first difference.
    if (a.size() != b.size())
        return false;
    std::uint8_t difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        difference = static_cast<std::uint8_t>(difference | (a[i] ^ b[i]));
    return difference == 0;
}

std::string PinBytes(const std::vector<std::uint8_t>& salt, const std::string& pin, std::uint32_t iterations,
                     std::vector<std::uint8_t>& hash_out) {
    hash_out = Pbkdf2HmacSha256(pin, std::string_view(reinterpret_cast<const char*>(salt.data()), salt.size()),
                                iterations, kHashBytes);
    // Written by hand for a stable key order.
    std::string text = "{\n";
    text += "  \"schema\": " + std::to_string(kPinSchema) + ",\n";
    text += "  \"algorithm\": \"" + std::string(kAlgorithm) + "\",\n";
    text += "  \"iterations\": " + std::to_string(iterations) + ",\n";
    text += "  \"salt\": \"" + ToHex(salt) + "\",\n";
    text += "  \"hash\": \"" + ToHex(hash_out) + "\"\n";
    text += "}\n";
    return text;
}

} // namespace

std::string PinProblem(const std::string& pin) {
    if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits ||
        !std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return "a PIN must be " + std::to_string(kMinPinDigits) + " to " + std::to_string(kMaxPinDigits) +
               " digits (0-9)";
    return {};
}

PinStore::PinStore(fs::path data_dir, std::uint32_t iterations, FileOps* ops, std::string unwritable)
    : m_data_dir(std::move(data_dir)), m_iterations_new(std::max<std::uint32_t>(iterations, 1)), m_ops(ops),
      m_unwritable(std::move(unwritable)) {
    Reload();
}

void PinStore::Forget() {
    m_has_pin = false;
    m_memory_only = false;
    m_load_error.clear();
    m_iterations_stored = 0;
    m_salt.clear();
    m_hash.clear();
}

void PinStore::Reload() {
    Forget();
    // Without a folder that can be written, "no PIN yet" cannot be told from "the PIN
    // file is out of reach": a first PIN set on the pad would hand the kiosk to anyone.
    const std::string locked_unwritable =
        m_unwritable + "; no facilitator PIN can be set on the screen until one is given with --pin-file";
    if (m_data_dir.empty()) {
        m_load_error = locked_unwritable;
        return;
    }
    const fs::path path = PinFile();
    const std::string name = path.string();
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(path, ec);
    if (status.type() == fs::file_type::not_found) {
        if (!m_unwritable.empty())
            m_load_error = locked_unwritable;
        return; // first run: no PIN yet
    }
    if (ec) {
        m_load_error = name + ": cannot inspect: " + ec.message() + std::string(kLockedAdvice);
        return;
    }
    // A symlink could make the PIN whatever some other file says.
    if (status.type() != fs::file_type::regular) {
        m_load_error = name + ": not a plain file" + std::string(kLockedAdvice);
        return;
    }
    const ReadResult read = ReadFileLimited(path, kMaxPinFileBytes);
    if (!read.ok()) {
        m_load_error = read.error + std::string(kLockedAdvice);
        return;
    }

    const auto fail = [&](const std::string& problem) {
        m_load_error = name + ": " + problem + std::string(kLockedAdvice);
    };
    const nlohmann::json doc = nlohmann::json::parse(*read.bytes, nullptr, false);
    if (doc.is_discarded())
        return fail("not valid JSON");
    if (!doc.is_object())
        return fail("expected a JSON object");
    const auto schema = doc.find("schema");
    if (schema == doc.end() || !schema->is_number_integer())
        return fail("\"schema\" is missing or not a whole number");
    if (schema->get<std::int64_t>() > kPinSchema)
        return fail("written by a newer JourneyBoard (schema " + std::to_string(schema->get<std::int64_t>()) +
                    ", this build reads " + std::to_string(kPinSchema) + ")");
    if (schema->get<std::int64_t>() != kPinSchema)
        return fail("unknown schema " + std::to_string(schema->get<std::int64_t>()));
    for (const auto& [key, value] : doc.items())
        if (key != "schema" && key != "algorithm" && key != "iterations" && key != "salt" && key != "hash")
            return fail("unknown key \"" + key.substr(0, 40) + "\"");

    const auto algorithm = doc.find("algorithm");
    if (algorithm == doc.end() || !algorithm->is_string())
        return fail("\"algorithm\" is missing or not a string");
    if (algorithm->get<std::string>() != kAlgorithm)
        return fail("unknown algorithm (expected \"" + std::string(kAlgorithm) + "\")");
    const auto iterations = doc.find("iterations");
    if (iterations == doc.end() || !iterations->is_number_unsigned() || iterations->get<std::uint64_t>() < 1 ||
        iterations->get<std::uint64_t>() > kMaxPinIterations)
        return fail("\"iterations\" must be a whole number from 1 to " + std::to_string(kMaxPinIterations));
    std::vector<std::uint8_t> salt;
    const auto salt_text = doc.find("salt");
    if (salt_text == doc.end() || !salt_text->is_string() || !FromHex(salt_text->get<std::string>(), salt) ||
        salt.size() < kMinSaltBytes || salt.size() > kMaxSaltBytes)
        return fail("\"salt\" must be " + std::to_string(kMinSaltBytes) + " to " + std::to_string(kMaxSaltBytes) +
                    " bytes written in hexadecimal");
    std::vector<std::uint8_t> hash;
    const auto hash_text = doc.find("hash");
    if (hash_text == doc.end() || !hash_text->is_string() || !FromHex(hash_text->get<std::string>(), hash) ||
        hash.size() != kHashBytes)
        return fail("\"hash\" must be " + std::to_string(kHashBytes) + " bytes written in hexadecimal");

    m_has_pin = true;
    m_iterations_stored = static_cast<std::uint32_t>(iterations->get<std::uint64_t>());
    m_salt = std::move(salt);
    m_hash = std::move(hash);
}

std::string PinStore::SetPin(const std::string& pin) {
    if (std::string problem = PinProblem(pin); !problem.empty())
        return problem;
    if (!m_load_error.empty())
        return PinFile().string() + ": the PIN file is broken, so the PIN can only be replaced with --pin-file";
    if (!m_unwritable.empty())
        return m_unwritable + "; the PIN can only be replaced with --pin-file";
    return WritePin(pin);
}

std::string PinStore::MakePin(const std::string& pin, Hashed& out) const {
    out.salt.assign(kSaltBytes, 0);
    try {
        std::random_device random;
        for (std::size_t i = 0; i < out.salt.size(); i += 4) {
            const auto word = random();
            for (std::size_t k = 0; k < 4 && i + k < out.salt.size(); ++k)
                out.salt[i + k] = static_cast<std::uint8_t>(word >> (8 * k));
        }
    } catch (const std::exception& error) {
        return PinFile().string() + ": cannot get random bytes for the salt: " + error.what();
    }
    out.text = PinBytes(out.salt, pin, m_iterations_new, out.hash);
    return {};
}

void PinStore::Adopt(Hashed hashed) {
    Forget();
    m_has_pin = true;
    m_iterations_stored = m_iterations_new;
    m_salt = std::move(hashed.salt);
    m_hash = std::move(hashed.hash);
}

std::string PinStore::WritePin(const std::string& pin) {
    const fs::path path = PinFile();
    Hashed hashed;
    if (std::string error = MakePin(pin, hashed); !error.empty())
        return error;
    // Created 0600 from the start: nobody else needs to read even the hash, not
    // even for the moment between creating the temp file and a later chmod.
    const WriteResult written = WriteFileAtomic(path, hashed.text, m_ops, kPrivateFileMode);
    if (!written.ok) {
        // The write may have got as far as the rename; believe the disk.
        Reload();
        return written.error;
    }
    Adopt(std::move(hashed));
    return {};
}

bool PinStore::Matches(const std::string& pin) const {
    if (!m_has_pin || !m_load_error.empty() || !PinProblem(pin).empty())
        return false;
    const std::vector<std::uint8_t> candidate = Pbkdf2HmacSha256(
        pin, std::string_view(reinterpret_cast<const char*>(m_salt.data()), m_salt.size()), m_iterations_stored,
        kHashBytes);
    return SameBytes(candidate, m_hash);
}

fs::path SystemPinFile(const char* env_override) {
    const fs::path path = env_override && *env_override ? fs::path(env_override) : fs::path("/etc/journeyboard/facilitator_pin");
    std::error_code ec;
    // Present but unreadable still counts: the kiosk is provisioned, and stays locked.
    return fs::symlink_status(path, ec).type() == fs::file_type::not_found ? fs::path() : path;
}

std::string PinStore::ProvisionAtStart(const fs::path& pin_file, PinStore& store) {
    std::string error = ProvisionFromFile(pin_file, store);
    if (!error.empty() && !store.HasPin())
        store.m_load_error = error + "; this kiosk's PIN comes from that file, so facilitator mode stays locked "
                                     "(no PIN can be set on the screen) until the file holds a PIN again";
    return error;
}

std::string PinStore::ProvisionFromFile(const fs::path& pin_file, PinStore& store) {
    const ReadResult read = ReadFileLimited(pin_file, kMaxProvisionFileBytes);
    if (!read.ok())
        return read.error;
    std::string_view text = *read.bytes;
    if (text.starts_with("\xEF\xBB\xBF")) // a byte order mark from a Windows editor
        text.remove_prefix(3);
    const std::string pin = Trimmed(text);
    if (pin.empty())
        return pin_file.string() + ": holds no PIN (expected " + std::to_string(kMinPinDigits) + " to " +
               std::to_string(kMaxPinDigits) + " digits)";
    if (std::string problem = PinProblem(pin); !problem.empty())
        return pin_file.string() + ": does not hold a usable PIN: " + problem;
    if (!store.m_unwritable.empty()) {
        // The facilitator gave the PIN on purpose: it holds for this run, from memory.
        Hashed hashed;
        if (std::string error = store.MakePin(pin, hashed); !error.empty())
            return error;
        store.Adopt(std::move(hashed));
        store.m_memory_only = true;
        return {};
    }
    return store.WritePin(pin);
}

} // namespace jb::store
