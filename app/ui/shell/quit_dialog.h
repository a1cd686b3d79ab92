// Leaving the app: "Quit JourneyBoard?" when Esc is pressed outside a kiosk,
// and, whenever the board could not be saved, what is at stake and where else
// it can go (a USB stick, the Documents folder) before anything is lost.
#pragma once

#include "ui/kit/ui_context.h"

#include <string>
#include <vector>

namespace jb::ui {

/// A folder the unsaved board can be written to instead of the data folder.
struct QuitSavePlace {
    std::string label; ///< "KINGSTON", "Documents"
    std::string path;
    bool removable = false;
};

class QuitDialog {
public:
    enum class Step { Confirm, Unsaved };

    /// Esc outside a kiosk: ask first.
    void OpenConfirm() {
        m_open = true;
        m_step = Step::Confirm;
    }
    /// Saving failed when leaving: say why (`reason` names the file and the
    /// problem) and offer `places`; `last_error` is the previous attempt to
    /// save elsewhere, shown when it failed too.
    void OpenUnsaved(std::string reason, std::vector<QuitSavePlace> places, std::string last_error = {});
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }
    [[nodiscard]] Step CurrentStep() const { return m_step; }
    [[nodiscard]] const std::vector<QuitSavePlace>& Places() const { return m_places; }

    /// Draws the modal; fills requests.quit, quit_save_to or quit_discard.
    void Draw(UiContext& ctx, UiRequests& requests);

private:
    bool m_open = false;
    Step m_step = Step::Confirm;
    std::string m_reason;
    std::string m_last_error;
    std::vector<QuitSavePlace> m_places;
    double m_discard_armed_until = -1.0; ///< "Quit without saving" was tapped once: a second tap confirms
};

} // namespace jb::ui
