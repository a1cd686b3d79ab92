// The facilitator PIN on disk: <data>/facilitator_pin.json holds a salted
// PBKDF2-HMAC-SHA256 hash (never the PIN), written atomically. A broken PIN
// file locks the facilitator out until a PIN is provisioned with --pin-file.
#pragma once

#include "store/atomic_file.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace jb::store {

/// PBKDF2 iterations for new PINs. Measured: one check took 30-40 ms in the
/// RelWithDebInfo (-O2) build on one busy core of an AMD EPYC server, so about
/// 90-150 ms on a slow 2-core kiosk PC (Celeron/Atom or Raspberry Pi 4 class,
/// three to four times slower per core): slow enough to make guessing from a
/// copied PIN file costly, quick enough that the PIN pad answers at once.
/// (An -O0 debug build is about ten times slower.)
inline constexpr std::uint32_t kDefaultPinIterations = 50'000;

/// A PIN file asking for more iterations than this is refused as hostile:
/// every wrong guess would freeze the kiosk for seconds.
inline constexpr std::uint32_t kMaxPinIterations = 5'000'000;

/// Shortest and longest PIN, in ASCII digits.
inline constexpr std::size_t kMinPinDigits = 4;
inline constexpr std::size_t kMaxPinDigits = 8;

/// File name of the PIN file inside the data folder.
inline constexpr const char* kPinFileName = "facilitator_pin.json";

/// The administrator's PIN location: a file holding the PIN as --pin-file
/// does, used when no --pin-file is given. `env_override` ($JB_SYSTEM_PIN_FILE)
/// replaces the default /etc/journeyboard/facilitator_pin. Empty when that
/// path does not exist (the kiosk is then not provisioned by the system).
[[nodiscard]] std::filesystem::path SystemPinFile(const char* env_override);

/// Why `pin` is not acceptable as a PIN ("" when it is 4-8 ASCII digits).
/// The message never repeats the PIN.
[[nodiscard]] std::string PinProblem(const std::string& pin);

/// The facilitator PIN of one data folder. Loads the PIN file on
/// construction (and on Reload); never stores or logs the PIN itself.
///
/// States: no file = no PIN (first run, HasPin() false); a valid file = a PIN;
/// a broken, hostile or unknown-schema file = locked: HasPin() is true,
/// Matches() is always false, LoadError() says what is wrong, and SetPin()
/// refuses, so only ProvisionFromFile() (the --pin-file flag) can replace it.
///
/// A data folder that cannot be written (read-only, another owner, none at
/// all) never offers a first PIN: a PIN file there is read and used, but
/// without one the store is locked (LoadError() says why) until --pin-file
/// provides a PIN, which is then kept in memory for this run only.
class PinStore {
public:
    /// `iterations` is used for PINs set from now on (tests pass a small
    /// number); `ops` = nullptr uses the real system calls. `unwritable`:
    /// why the data folder cannot be written ("" when it can); `data_dir`
    /// may then be empty (no folder at all).
    explicit PinStore(std::filesystem::path data_dir, std::uint32_t iterations = kDefaultPinIterations,
                      FileOps* ops = nullptr, std::string unwritable = {});

    [[nodiscard]] std::filesystem::path PinFile() const { return m_data_dir / kPinFileName; }

    /// Re-reads the PIN file.
    void Reload();

    /// True when a PIN is set, or the PIN file is broken (then no PIN matches).
    [[nodiscard]] bool HasPin() const { return m_has_pin || !m_load_error.empty(); }

    /// Sets or replaces the PIN: "" or a message naming the file and the
    /// problem. Refuses anything but 4-8 ASCII digits, and refuses to replace
    /// a broken PIN file (that needs ProvisionFromFile).
    [[nodiscard]] std::string SetPin(const std::string& pin);

    /// True when `pin` is the PIN. Hashes any well-formed PIN with the file's
    /// iteration count and compares the hashes in constant time; input that
    /// is not 4-8 digits is refused without hashing.
    [[nodiscard]] bool Matches(const std::string& pin) const;

    /// Why the PIN file could not be used ("" when it is fine or absent).
    [[nodiscard]] std::string LoadError() const { return m_load_error; }

    /// True when the PIN came from --pin-file but could not be written to the
    /// data folder: it holds until the app ends.
    [[nodiscard]] bool InMemoryOnly() const { return m_memory_only; }

    /// Iterations of the PIN as stored (0 when there is none).
    [[nodiscard]] std::uint32_t StoredIterations() const { return m_iterations_stored; }

    /// Sets the PIN from `pin_file`, which holds only the PIN (4-8 digits,
    /// surrounding whitespace allowed). Replaces any PIN file, broken or not.
    /// Returns "" or a message naming the file and the problem.
    [[nodiscard]] static std::string ProvisionFromFile(const std::filesystem::path& pin_file, PinStore& store);

    /// Start-up of a provisioned kiosk: ProvisionFromFile, and when the file
    /// cannot be used (missing, unreadable, no usable PIN) while no PIN is in
    /// force, the store is locked instead of offering a first PIN: a deleted or
    /// broken PIN file never hands the kiosk to whoever is at the screen.
    /// A valid PIN already in the data folder keeps guarding. Returns the
    /// problem ("" when the PIN was provisioned).
    [[nodiscard]] static std::string ProvisionAtStart(const std::filesystem::path& pin_file, PinStore& store);

private:
    [[nodiscard]] std::string WritePin(const std::string& pin);
    struct Hashed {
        std::vector<std::uint8_t> salt, hash;
        std::string text; ///< the PIN file's bytes
    };
    /// A fresh salt and the hash of `pin`; nothing is changed or written.
    [[nodiscard]] std::string MakePin(const std::string& pin, Hashed& out) const;
    /// Makes `hashed` the PIN in force.
    void Adopt(Hashed hashed);
    void Forget();

    std::filesystem::path m_data_dir;
    std::uint32_t m_iterations_new;
    FileOps* m_ops = nullptr;
    std::string m_unwritable;

    bool m_has_pin = false;
    bool m_memory_only = false;
    std::string m_load_error;
    std::uint32_t m_iterations_stored = 0;
    std::vector<std::uint8_t> m_salt;
    std::vector<std::uint8_t> m_hash;
};

} // namespace jb::store
