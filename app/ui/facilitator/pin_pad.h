// The facilitator PIN pad: a full-screen modal with a large number pad to
// unlock facilitator mode, or to set the PIN on first use (typed twice). Shows
// dots for the digits typed, never the digits, and a live countdown while the
// backend's back-off after wrong tries keeps the pad disabled.
#pragma once

#include "ui/facilitator/facilitator_backends.h"
#include "ui/kit/text_buffer.h"
#include "ui/kit/ui_context.h"

#include <optional>
#include <string>
#include <string_view>

namespace jb::ui {

class PinPad {
public:
    /// Shortest and longest PIN, as PinBackend::SetPin accepts it.
    static constexpr std::size_t kMinDigits = 4;
    static constexpr std::size_t kMaxDigits = 8;
    /// How long the dots shake after a wrong PIN.
    static constexpr double kShakeSeconds = 0.45;

    /// What the pad is asking for.
    enum class Step {
        Unlock,     ///< the existing PIN
        SetFirst,   ///< first run: a new PIN
        SetConfirm, ///< the new PIN again
        SaveFailed, ///< the new PIN could not be stored: say so, then let the facilitator in
        Unavailable, ///< no PIN can be checked or set (see PinBackend::Unavailable): say why, stay locked
    };

    PinPad();

    /// Opens to unlock, or to set a PIN first when the backend has none, or to
    /// say why facilitator mode cannot be opened at all.
    void Open(PinBackend& backend);
    void Close();
    [[nodiscard]] bool IsOpen() const { return m_open; }
    [[nodiscard]] Step CurrentStep() const { return m_step; }
    /// How many digits are typed (what the dots show).
    [[nodiscard]] std::size_t DigitCount() const { return m_digits.Text().size(); }

    /// Draws the modal. Returns true on the frame the right PIN was entered
    /// (or a new PIN was set): the pad closes itself and the caller unlocks
    /// facilitator mode. Esc or Cancel closes it and returns false.
    bool Draw(UiContext& ctx);

    /// When the pad next needs a frame without input (ctx.time seconds): the
    /// countdown's next second, the end of the lock, or `now` while the dots
    /// shake. nullopt when closed or idle, so the frame loop can sleep.
    [[nodiscard]] std::optional<double> NextWakeup(double now) const;
    /// Translation key of the complaint on show ("pin.wrong", "pin.mismatch",
    /// "pin.too_short", "pin.locked"), empty when there is none.
    [[nodiscard]] std::string_view MessageKey(double now) const;
    /// The countdown while wrong tries keep the pad disabled ("0:25"), empty otherwise.
    [[nodiscard]] std::string CountdownText(double now) const;
    /// True while the countdown or the shake needs frames.
    [[nodiscard]] bool NeedsFrames(double now) const { return NextWakeup(now).has_value(); }

private:
    enum class Message { None, Wrong, Mismatch, TooShort, LockedOut };

    /// Acts on OK (or Enter); returns true when the facilitator is let in.
    bool Submit(double now);
    void Type(char digit);
    void Reset(Step step);
    [[nodiscard]] double LockedFor(double now) const;

    bool m_open = false;
    PinBackend* m_backend = nullptr;
    Step m_step = Step::Unlock;
    TextBuffer m_digits;
    std::string m_first; ///< the new PIN typed the first time
    Message m_message = Message::None;
    std::string m_save_error; ///< the backend's message when SetPin failed
    double m_shake_until = -1.0;
    bool m_was_locked = false; ///< the countdown showed last frame
};

} // namespace jb::ui
