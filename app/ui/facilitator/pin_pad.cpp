// The facilitator PIN pad: state (unlock, set twice, save failed), the
// back-off countdown, and the full-screen pad drawn with keys larger than a
// touch target so they can be hit standing at a wall display.
//
// [SECTION] Helpers
// [SECTION] State
// [SECTION] Drawing
#include "ui/facilitator/pin_pad.h"
#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "workshop/phase_timer.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace jb::ui {

// [SECTION] Helpers

namespace {

// Rounding slack so the instant NextWakeup() names really shows the next second.
constexpr double kRoundingSlack = 1e-6;

/// Whole seconds the countdown shows for `remaining` seconds of lock.
int ShownSeconds(double remaining) {
    return remaining > 0 ? static_cast<int>(std::ceil(remaining - kRoundingSlack)) : 0;
}

/// One key of the pad: an invisible button the size of `r`, registered under `id`.
bool PadKey(UiContext& ctx, ImDrawList* dl, const char* id, const Rect& r, bool enabled, std::uint32_t bg) {
    ImGui::SetCursorScreenPos(ImVec2(r.x, r.y));
    ImGui::PushID(id);
    const bool pressed = ImGui::InvisibleButton("##k", ImVec2(r.w, r.h));
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    if (ctx.hits)
        ctx.hits->Add(id, {r.x, r.y, r.w, r.h});
    const std::uint32_t fill = !enabled ? Palette::kKeyOffBg : held ? Palette::kAccent : bg;
    dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h), fill, ctx.metrics.spacing_px * 1.2f);
    return pressed && enabled;
}

void DrawCentred(UiContext& ctx, ImDrawList* dl, ImFont* font, float size, float cx, float y, float max_w,
                 std::uint32_t color, std::string_view text) {
    const ImVec2 ts = MeasureText(font, size, text, max_w);
    DrawText(ctx, dl, font, size, cx - ts.x * 0.5f, y, color, text, max_w);
}

/// A backspace symbol drawn with lines, so it needs no glyph in the font.
void DrawBackspaceSymbol(ImDrawList* dl, float cx, float cy, float size, std::uint32_t color) {
    const float h = size * 0.5f, w = size * 0.75f, tip = size * 0.3f;
    const float x0 = cx - w * 0.5f, x1 = cx + w * 0.5f;
    const ImVec2 pts[5] = {
        {x0, cy}, {x0 + tip, cy - h * 0.5f}, {x1, cy - h * 0.5f}, {x1, cy + h * 0.5f}, {x0 + tip, cy + h * 0.5f}};
    const float thick = std::max(2.0f, size * 0.07f);
    dl->AddPolyline(pts, 5, color, ImDrawFlags_Closed, thick);
    const float xc = (x0 + tip + x1) * 0.5f, d = h * 0.22f;
    dl->AddLine(ImVec2(xc - d, cy - d), ImVec2(xc + d, cy + d), color, thick);
    dl->AddLine(ImVec2(xc - d, cy + d), ImVec2(xc + d, cy - d), color, thick);
}

/// A block of one or two lines on a coloured band, centred: the pad's messages.
float DrawBanner(UiContext& ctx, ImDrawList* dl, float cx, float y, float max_w, std::uint32_t bg,
                 std::string_view line1, std::string_view line2) {
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    ImFont* title = ctx.fonts.title;
    ImFont* body = ctx.fonts.body;
    const ImVec2 s1 = MeasureText(title, m.title_font_px, line1, max_w - pad * 4);
    const ImVec2 s2 = line2.empty() ? ImVec2(0, 0) : MeasureText(body, m.body_font_px, line2, max_w - pad * 4);
    const float w = std::max(s1.x, s2.x) + pad * 4;
    const float h = s1.y + (line2.empty() ? 0.0f : s2.y + pad * 0.5f) + pad * 2;
    dl->AddRectFilled(ImVec2(cx - w * 0.5f, y), ImVec2(cx + w * 0.5f, y + h), bg, pad);
    DrawCentred(ctx, dl, title, m.title_font_px, cx, y + pad, max_w - pad * 4, Palette::kWhite, line1);
    if (!line2.empty())
        DrawCentred(ctx, dl, body, m.body_font_px, cx, y + pad + s1.y + pad * 0.5f, max_w - pad * 4, Palette::kWhite,
                    line2);
    return h;
}

} // namespace

// [SECTION] State

PinPad::PinPad() : m_digits(kMaxDigits) {}

void PinPad::Open(PinBackend& backend) {
    m_backend = &backend;
    m_open = true;
    m_message = Message::None;
    m_save_error = backend.Unavailable();
    // Never set-up when the PIN is out of reach: that would hand the kiosk to whoever taps first.
    Reset(!m_save_error.empty() ? Step::Unavailable : backend.HasPin() ? Step::Unlock : Step::SetFirst);
    m_shake_until = -1.0;
    m_was_locked = false;
}

void PinPad::Close() {
    m_open = false;
    // Nothing typed outlives the pad.
    m_digits.Clear();
    m_first.clear();
}

void PinPad::Reset(Step step) {
    m_step = step;
    m_digits.Clear();
    if (step != Step::SetConfirm)
        m_first.clear();
}

double PinPad::LockedFor(double now) const {
    if (!m_backend || m_step != Step::Unlock)
        return 0.0;
    const double t = m_backend->LockedFor(now);
    return std::isfinite(t) ? std::max(t, 0.0) : 0.0;
}

void PinPad::Type(char digit) {
    if (m_digits.Text().size() >= kMaxDigits)
        return;
    m_digits.SetCursor(m_digits.Text().size());
    m_digits.Insert(std::string(1, digit));
    m_message = Message::None; // a new try: the last complaint has been read
}

bool PinPad::Submit(double now) {
    if (!m_backend)
        return false;
    const std::string pin = m_digits.Text();
    if (m_step == Step::SaveFailed) {
        Close();
        return true;
    }
    if (m_step == Step::Unavailable) {
        Close();
        return false;
    }
    if (pin.size() < kMinDigits) {
        m_message = Message::TooShort;
        return false;
    }
    switch (m_step) {
    case Step::Unlock:
        switch (m_backend->Verify(pin, now)) {
        case PinBackend::Check::Ok: Close(); return true;
        case PinBackend::Check::Wrong:
            m_message = Message::Wrong;
            m_shake_until = now + kShakeSeconds;
            break;
        case PinBackend::Check::LockedOut: m_message = Message::LockedOut; break;
        }
        m_digits.Clear();
        return false;
    case Step::SetFirst:
        m_first = pin;
        m_message = Message::None;
        Reset(Step::SetConfirm);
        return false;
    case Step::SetConfirm:
        if (pin != m_first) {
            m_message = Message::Mismatch;
            m_shake_until = now + kShakeSeconds;
            Reset(Step::SetFirst);
            return false;
        }
        m_save_error = m_backend->SetPin(pin);
        if (m_save_error.empty()) {
            Close();
            return true;
        }
        // Nothing protected is lost by letting the facilitator in (there was no
        // PIN), but they must learn that the PIN will be asked for again.
        Reset(Step::SaveFailed);
        return false;
    case Step::SaveFailed:
    case Step::Unavailable: break;
    }
    return false;
}

std::optional<double> PinPad::NextWakeup(double now) const {
    if (!m_open)
        return std::nullopt;
    if (m_shake_until > now)
        return now;
    const double remaining = LockedFor(now);
    const int shown = ShownSeconds(remaining);
    if (shown <= 0)
        return std::nullopt;
    // The countdown drops from `shown` to `shown - 1` when exactly that much remains.
    return now + remaining - static_cast<double>(shown - 1);
}

std::string_view PinPad::MessageKey(double now) const {
    if (LockedFor(now) > 0)
        return "pin.locked";
    switch (m_message) {
    case Message::Wrong: return "pin.wrong";
    case Message::Mismatch: return "pin.mismatch";
    case Message::TooShort: return "pin.too_short";
    case Message::LockedOut: return "pin.locked";
    case Message::None: break;
    }
    return {};
}

std::string PinPad::CountdownText(double now) const {
    const int shown = ShownSeconds(LockedFor(now));
    return shown > 0 ? workshop::FormatClock(shown) : std::string();
}

// [SECTION] Drawing

bool PinPad::Draw(UiContext& ctx) {
    if (!m_open || !m_backend)
        return false;
    const UiMetrics& m = ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float pad = m.spacing_px;
    const float margin = pad * 2;
    const float cx = display.x * 0.5f;
    const double now = ctx.time;
    const bool locked = LockedFor(now) > 0;
    if (m_was_locked && !locked)
        m_message = Message::None; // the wait is over: a clean pad
    m_was_locked = locked;
    ImFont* title_font = ctx.fonts.title;
    ImDrawList* dl = BeginModal(ctx, "##pin_pad", "pin.backdrop", Palette::kPinBackdrop);

    // Heading and hint.
    std::string_view title_key = "pin.title_unlock", hint_key = "pin.hint_unlock";
    if (m_step == Step::SetFirst)
        title_key = "pin.title_set", hint_key = "pin.hint_set";
    else if (m_step == Step::SetConfirm)
        title_key = "pin.title_confirm", hint_key = "pin.hint_confirm";
    else if (m_step == Step::SaveFailed)
        title_key = "pin.save_failed", hint_key = "pin.save_failed_hint";
    else if (m_step == Step::Unavailable)
        title_key = "pin.unavailable", hint_key = "pin.unavailable_hint";
    const float text_w = std::min(display.x - margin * 2, m.body_font_px * 36.0f);
    const float title_size = std::round(m.title_font_px * 1.15f);
    const float head_h = MeasureText(title_font, title_size, ctx.Tr(title_key), text_w).y + pad +
                         MeasureText(ctx.fonts.body, m.body_font_px, ctx.Tr(hint_key), text_w).y + pad * 2;

    // The pad's sizes: keys half again a touch target when the screen has the room.
    const float dot_d = std::round(std::max(m.target_px * 0.45f, m.title_font_px * 0.75f));
    const float message_h = m.title_font_px + m.body_font_px + pad * 3.5f; // kept whether or not there is one
    const float gap = std::round(pad * 1.5f);
    const float above_keys = dot_d + pad * 2 + message_h + pad;
    const float below_keys = pad * 3 + m.target_px;
    const float fit_h = (display.y - margin * 2 - head_h - above_keys - below_keys - gap * 3) / 4.0f;
    const float key_h = std::round(std::clamp(fit_h, m.target_px, m.target_px * 1.6f));
    const float content_h = head_h + above_keys + key_h * 4 + gap * 3 + below_keys;
    // Centred on the screen, as a lock screen is, unless the step shows a message instead.
    const bool message_step = m_step == Step::SaveFailed || m_step == Step::Unavailable;
    float y = message_step ? margin : std::max(margin, (display.y - content_h) * 0.5f);
    DrawCentred(ctx, dl, title_font, title_size, cx, y, text_w, Palette::kWhite, ctx.Tr(title_key));
    y += MeasureText(title_font, title_size, ctx.Tr(title_key), text_w).y + pad;
    DrawCentred(ctx, dl, ctx.fonts.body, m.body_font_px, cx, y, text_w, Palette::kSoftText, ctx.Tr(hint_key));
    y += MeasureText(ctx.fonts.body, m.body_font_px, ctx.Tr(hint_key), text_w).y + pad * 2;

    const float cancel_w = std::max(m.target_px * 3.0f, m.body_font_px * 7.0f);
    bool cancel = false, submit = false;
    if (m_step == Step::Unavailable) {
        // The backend's message as it is (file and problem), for the facilitator to fix; no keys at all.
        y += DrawBanner(ctx, dl, cx, y, text_w, Palette::kErrorBg, ctx.Tr("pin.unavailable_why"), m_save_error) + pad * 3;
        ImGui::SetCursorScreenPos(ImVec2(cx - cancel_w * 0.5f, std::min(y, display.y - margin - m.target_px)));
        cancel = TouchButton(ctx, "pin.cancel", ctx.Tr("common.close"), "close", cancel_w).clicked;
    } else if (m_step == Step::SaveFailed) {
        // The backend's message as it is: it names the file and the problem.
        y += DrawBanner(ctx, dl, cx, y, text_w, Palette::kErrorBg, ctx.Tr("pin.save_failed"), m_save_error) + pad * 3;
        const float button_h = std::round(m.target_px * 1.5f);
        const float bw =
            std::max(cancel_w, MeasureText(title_font, m.title_font_px, ctx.Tr("pin.continue")).x + pad * 4);
        submit = PadKey(ctx, dl, "pin.continue", {cx - bw * 0.5f, y, bw, button_h}, true, Palette::kPrimaryBg);
        DrawCentred(ctx, dl, title_font, m.title_font_px, cx, y + (button_h - m.title_font_px) * 0.5f, bw,
                    Palette::kWhite, ctx.Tr("pin.continue"));
        y += button_h + pad * 3;
        ImGui::SetCursorScreenPos(ImVec2(cx - cancel_w * 0.5f, std::min(y, display.y - margin - m.target_px)));
        cancel = TouchButton(ctx, "pin.cancel", ctx.Tr("common.cancel"), "close", cancel_w).clicked;
    } else {
        // Dots for the digits typed: at least as many slots as the shortest PIN.
        const std::size_t typed = m_digits.Text().size();
        const std::size_t slots = std::clamp(typed, kMinDigits, kMaxDigits);
        const float dot_gap = dot_d * 0.6f;
        float shake = 0;
        if (m_shake_until > now) {
            const double left = (m_shake_until - now) / kShakeSeconds;
            shake = static_cast<float>(std::sin((1.0 - left) * 2.0 * std::numbers::pi * 4.0) * left) * pad * 3;
        }
        const float dots_w = static_cast<float>(slots) * dot_d + static_cast<float>(slots - 1) * dot_gap;
        for (std::size_t i = 0; i < slots; ++i) {
            const ImVec2 c(cx - dots_w * 0.5f + shake + static_cast<float>(i) * (dot_d + dot_gap) + dot_d * 0.5f,
                           y + dot_d * 0.5f);
            if (i < typed)
                dl->AddCircleFilled(c, dot_d * 0.5f, Palette::kWhite, 32);
            else
                dl->AddCircle(c, dot_d * 0.5f - 1.5f, Palette::kSoftText, 32, std::max(2.0f, dot_d * 0.08f));
        }
        y += dot_d + pad * 2;

        // The message line keeps its room whether or not there is a message, so the keys never jump.
        if (const std::string_view key = MessageKey(now); !key.empty()) {
            // Red band, words first: the colour is not the only sign.
            std::string line2;
            if (locked)
                line2 = Format(ctx.Tr("pin.try_again_in"), {CountdownText(now)});
            else if (m_message == Message::Mismatch)
                line2 = ctx.Tr("pin.mismatch_hint");
            else if (m_message == Message::LockedOut)
                line2 = ctx.Tr("pin.locked_wait");
            DrawBanner(ctx, dl, cx, y, text_w, Palette::kErrorBg, ctx.Tr(key), line2);
        }
        y += message_h + pad;

        // The pad: 1-9, then backspace, 0, OK.
        const float key_w = std::round(std::min(key_h * 1.5f, (display.x - margin * 2 - gap * 2) / 3.0f));
        const float pad_w = key_w * 3 + gap * 2;
        const float x0 = cx - pad_w * 0.5f;
        const float digit_size = std::round(std::min(key_h * 0.55f, m.title_font_px * 1.6f));
        const bool enabled = !locked;
        const char* digits = "123456789";
        for (int i = 0; i < 12; ++i) {
            const Rect r{x0 + static_cast<float>(i % 3) * (key_w + gap), y + static_cast<float>(i / 3) * (key_h + gap),
                         key_w, key_h};
            const std::uint32_t fg = enabled ? Palette::kWhite : Palette::kDisabledLabel;
            if (i < 9 || i == 10) {
                const char d = i < 9 ? digits[i] : '0';
                const std::string id = std::string("pin.key.") + d;
                if (PadKey(ctx, dl, id.c_str(), r, enabled, Palette::kButtonBg))
                    Type(d);
                const char label[2] = {d, 0};
                DrawCentred(ctx, dl, title_font, digit_size, r.x + r.w * 0.5f, r.y + (r.h - digit_size) * 0.5f, r.w, fg,
                            label);
            } else if (i == 9) {
                if (PadKey(ctx, dl, "pin.back", r, enabled, Palette::kFieldBg))
                    m_digits.Backspace();
                DrawBackspaceSymbol(dl, r.x + r.w * 0.5f, r.y + r.h * 0.5f, std::min(r.h * 0.8f, r.w * 0.6f), fg);
            } else {
                const bool ok_on = enabled && typed > 0;
                submit = PadKey(ctx, dl, "pin.ok", r, ok_on, Palette::kPrimaryBg);
                const std::string_view ok = ctx.Tr("pin.ok");
                const float ok_size =
                    FitTextSize(title_font, ok, r.w - pad * 2, r.h - pad, m.body_font_px, digit_size * 0.8f);
                DrawCentred(ctx, dl, title_font, ok_size, r.x + r.w * 0.5f, r.y + (r.h - ok_size) * 0.5f, r.w,
                            ok_on ? Palette::kWhite : Palette::kDisabledLabel, ok);
            }
        }
        y += key_h * 4 + gap * 3 + pad * 3;
        ImGui::SetCursorScreenPos(ImVec2(cx - cancel_w * 0.5f, std::min(y, display.y - margin - m.target_px)));
        cancel = TouchButton(ctx, "pin.cancel", ctx.Tr("common.cancel"), "close", cancel_w).clicked;
    }

    // A keyboard, if there is one: digits, Backspace, Enter, Esc. Letters are dropped.
    const std::string before = m_digits.Text();
    m_digits.SetCursor(before.size());
    const PhysicalKeys keys = ReadPhysicalKeys(m_digits);
    std::string typed_now;
    for (const char c : m_digits.Text())
        if (c >= '0' && c <= '9')
            typed_now += c;
    if (locked || message_step)
        typed_now = before;
    if (typed_now != before) {
        m_digits.SetText(typed_now);
        if (typed_now.size() > before.size())
            m_message = Message::None;
    } else if (m_digits.Text() != before) {
        m_digits.SetText(before);
    }
    submit |= keys.enter && !locked && m_step != Step::Unavailable;
    cancel |= keys.escape;
    EndOverlay();

    if (cancel) {
        Close();
        return false;
    }
    return submit && Submit(now);
}

} // namespace jb::ui
