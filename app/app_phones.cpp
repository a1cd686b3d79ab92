// The room's phones: turning the phone service on and off, what phones see after
// each change, and the join card's view of it.
#include "app.h"

#include "phones/lan_address.h"
#include "phones/qr_code.h"
#include "ui/kit/participant_choice.h"

#include <cstdio>

namespace jb {

namespace {
/// The port phones use when --phones does not name one (README: open it on a firewall).
constexpr int kPhonesPort = 8421;
} // namespace

void App::TurnPhonesOn() {
    if (!m_phones) {
        m_phones = std::make_unique<phones::PhoneService>(m_ws, m_assets_dir);
        m_phones->SetNewParticipant([](const model::Session& s) {
            const ui::TokenChoice token = ui::NextFreeToken(s.participants); // as the participants dialog picks
            edit::ParticipantDraft draft;
            draft.color = token.color;
            draft.icon = token.icon;
            return draft;
        });
    }
    std::string address = m_options.phones_address;
    int port = m_options.phones_port;
    if (address.empty()) {
        const phones::LanAddress lan = phones::FindLanAddress();
        address = lan.address;
        port = kPhonesPort;
        std::fprintf(stderr, "journeyboard: phones: serving on %s (%s)\n", address.c_str(),
                     lan.interface.empty() ? "no network: this computer only" : lan.interface.c_str());
    }
    std::string problem;
    if (!m_phones->TurnOn(address, port, m_ws.Session(), m_ws.Revision(), problem)) {
        std::fprintf(stderr, "journeyboard: phones cannot be turned on: %s\n", problem.c_str());
        m_phones_view.problem = m_strings.Format("phones.problem", problem);
        Notice(ui::Notice::Level::Warning, m_phones_view.problem, "phones.problem");
    } else {
        m_phones_view.problem.clear();
        m_phones_view.shown = true;
    }
    UpdatePhones();
}

void App::TurnPhonesOff() {
    if (m_phones)
        m_phones->TurnOff();
    std::fprintf(stderr, "journeyboard: phones turned off: every phone's access ended\n");
    UpdatePhones();
}

void App::HandlePhonesRequest(ui::PhonesRequest request) {
    if (!m_at_controls)
        return; // only the facilitator runs the phones, whatever a view asked
    switch (request) {
    case ui::PhonesRequest::None: break;
    case ui::PhonesRequest::TurnOn: TurnPhonesOn(); break;
    case ui::PhonesRequest::TurnOff: TurnPhonesOff(); break;
    case ui::PhonesRequest::Show: m_phones_view.shown = true; break;
    case ui::PhonesRequest::Hide: m_phones_view.shown = false; break;
    }
}

void App::UpdatePhones() {
    if (!m_phones)
        return;
    std::optional<phones::TimerSnapshot> timer;
    const workshop::PhaseTimer& t = m_shell.Timer();
    if (t.Active())
        timer = phones::TimerSnapshot{t.State() == workshop::TimerState::Running, t.Remaining(m_window.Now()), t.Total()};
    m_phones->Publish(m_ws.Session(), m_ws.Revision(), timer);

    const std::string url = m_phones->Url();
    if (url != m_phones_view.url) {
        m_phones_view.url = url;
        m_phones_view.short_url = m_phones->ShortUrl();
        const phones::QrMatrix qr = phones::EncodeQr(url);
        m_phones_view.size = qr.size;
        m_phones_view.modules = qr.modules;
        m_frames_to_render = std::max(m_frames_to_render, 1);
    }
    m_phones_view.on = m_phones->On();
    const int connected = m_phones->Connected();
    if (connected != m_phones_view.connected) {
        m_phones_view.connected = connected;
        m_frames_to_render = std::max(m_frames_to_render, 1);
    }
    if (!url.empty() && url != m_phones_printed) {
        // One line per join address (tests and kiosk scripts read it).
        std::printf("phones: %s\n", url.c_str());
        std::fflush(stdout);
        m_phones_printed = url;
    }
}

} // namespace jb
