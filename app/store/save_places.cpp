// Finding USB sticks and the Documents folder, and saving a copy of a board there.
#include "save_places.h"

#include "atomic_file.h"
#include "session_codec.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace jb::store {

namespace {

// /proc/mounts writes space, tab, newline and backslash in paths as \ooo octal.
std::string DecodeMountField(std::string_view field) {
    std::string out;
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() &&
            field[i + 1] >= '0' && field[i + 1] <= '3' && field[i + 2] >= '0' && field[i + 2] <= '7' &&
            field[i + 3] >= '0' && field[i + 3] <= '7') {
            out += static_cast<char>((field[i + 1] - '0') * 64 + (field[i + 2] - '0') * 8 + (field[i + 3] - '0'));
            i += 3;
        } else {
            out += field[i];
        }
    }
    return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string ReadSmallFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str().substr(0, 1 << 20);
}

bool WritableFolder(const std::filesystem::path& p) {
    std::error_code ec;
    return !p.empty() && std::filesystem::is_directory(p, ec) && ::access(p.c_str(), W_OK | X_OK) == 0;
}

} // namespace

std::vector<std::filesystem::path> RemovableMountPoints(std::string_view mounts_text) {
    std::vector<std::filesystem::path> out;
    std::size_t pos = 0;
    while (pos < mounts_text.size()) {
        std::size_t end = mounts_text.find('\n', pos);
        if (end == std::string_view::npos)
            end = mounts_text.size();
        const std::string_view line = mounts_text.substr(pos, end - pos);
        pos = end + 1;
        // device mountpoint type options ...
        const std::size_t a = line.find(' ');
        if (a == std::string_view::npos)
            continue;
        const std::size_t b = line.find(' ', a + 1);
        const std::string mount = DecodeMountField(line.substr(a + 1, b == std::string_view::npos ? line.npos : b - a - 1));
        if ((StartsWith(mount, "/media/") || StartsWith(mount, "/run/media/")) && mount.find("/../") == std::string::npos)
            out.emplace_back(mount);
    }
    return out;
}

std::filesystem::path DocumentsFolder(std::string_view user_dirs_text, const char* home) {
    if (!home || !*home)
        return {};
    const std::string home_s = home;
    std::size_t pos = 0;
    while (pos < user_dirs_text.size()) {
        std::size_t end = user_dirs_text.find('\n', pos);
        if (end == std::string_view::npos)
            end = user_dirs_text.size();
        std::string_view line = user_dirs_text.substr(pos, end - pos);
        pos = end + 1;
        constexpr std::string_view key = "XDG_DOCUMENTS_DIR=\"";
        if (!StartsWith(line, key) || line.size() < key.size() + 1 || line.back() != '"')
            continue;
        std::string value(line.substr(key.size(), line.size() - key.size() - 1));
        if (StartsWith(value, "$HOME"))
            value = home_s + value.substr(5);
        if (!value.empty() && value.front() == '/' && value != home_s && value != home_s + "/")
            return value; // a Documents entry equal to HOME means "disabled" (xdg-user-dirs)
    }
    return std::filesystem::path(home_s) / "Documents";
}

std::vector<SavePlace> FindSavePlaces() {
    std::vector<SavePlace> out;
    for (const std::filesystem::path& mount : RemovableMountPoints(ReadSmallFile("/proc/self/mounts")))
        if (WritableFolder(mount))
            out.push_back({SavePlace::Kind::Removable, mount.filename().string(), mount});
    const char* home = std::getenv("HOME");
    const char* config = std::getenv("XDG_CONFIG_HOME");
    std::filesystem::path dirs_file;
    if (config && *config == '/')
        dirs_file = std::filesystem::path(config) / "user-dirs.dirs";
    else if (home && *home)
        dirs_file = std::filesystem::path(home) / ".config" / "user-dirs.dirs";
    const std::filesystem::path docs = DocumentsFolder(dirs_file.empty() ? "" : ReadSmallFile(dirs_file), home);
    if (WritableFolder(docs))
        out.push_back({SavePlace::Kind::Documents, docs.filename().string(), docs});
    return out;
}

std::string SaveCopyFileName(std::string_view title, std::string_view local_time) {
    std::string clean;
    for (unsigned char c : title) {
        // FAT and NTFS refuse these; control characters are never useful in a name.
        if (c < 0x20 || std::string_view("<>:\"/\\|?*").find(static_cast<char>(c)) != std::string_view::npos)
            clean += '_';
        else
            clean += static_cast<char>(c);
    }
    while (!clean.empty() && (clean.back() == ' ' || clean.back() == '.'))
        clean.pop_back();
    while (!clean.empty() && (clean.front() == ' ' || clean.front() == '.'))
        clean.erase(clean.begin());
    if (clean.size() > 120) { // bytes; cut on a UTF-8 boundary
        std::size_t cut = 120;
        while (cut > 0 && (static_cast<unsigned char>(clean[cut]) & 0xC0) == 0x80)
            --cut;
        clean.resize(cut);
    }
    if (clean.empty())
        clean = "JourneyBoard";
    std::string when;
    for (char c : local_time)
        when += c == ':' ? '-' : c;
    return clean + " " + when + ".json";
}

std::filesystem::path SaveSessionCopy(const model::Session& session, const std::filesystem::path& folder,
                                      std::string_view local_time, std::string& error) {
    const std::filesystem::path file = folder / SaveCopyFileName(session.title, local_time);
    std::string bytes;
    error = SessionToLoadableJson(session, bytes, file.string());
    if (!error.empty())
        return {};
    const WriteResult w = WriteFileAtomic(file, bytes);
    if (!w.ok) {
        error = w.error;
        return {};
    }
    return file;
}

} // namespace jb::store
