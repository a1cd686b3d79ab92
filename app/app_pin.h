// The app's side of the facilitator PIN pad: a salted hash in the data folder
// (store::PinStore) plus the wrong-PIN back-off (workshop::PinGuard).
#pragma once

#include "store/pin_store.h"
#include "ui/facilitator/facilitator_backends.h"
#include "workshop/pin_guard.h"

#include <memory>
#include <string>

namespace jb {

/// The facilitator PIN of the data folder. A folder that cannot be written
/// never offers a first PIN on the pad (a participant could set one): its
/// PIN file is used if it can be read, a --pin-file PIN is kept in memory,
/// and otherwise facilitator mode stays locked and the pad says why.
class AppPin final : public ui::PinBackend {
public:
    explicit AppPin(std::unique_ptr<store::PinStore> store) : m_store(std::move(store)) {}

    [[nodiscard]] bool HasPin() const override { return m_store->HasPin(); }
    [[nodiscard]] std::string SetPin(const std::string& pin) override { return m_store->SetPin(pin); }
    [[nodiscard]] Check Verify(const std::string& pin, double now) override;
    [[nodiscard]] double LockedFor(double now) const override { return m_guard.LockedFor(now); }
    [[nodiscard]] std::string Unavailable() const override { return m_store->LoadError(); }

private:
    std::unique_ptr<store::PinStore> m_store;
    workshop::PinGuard m_guard;
};

} // namespace jb
