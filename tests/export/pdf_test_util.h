// Shared helpers for the PDF tests: what a reader's tools see in a PDF (poppler's pdfinfo,
// pdffonts, pdftotext), the demo boards and their catalogs, and an eight-stage board made
// from the hardware lifecycle template with something in every cell.
#pragma once

#include "../store/store_test_util.h"
#include "model/queries.h"
#include "store/session_codec.h"
#include "store/string_catalog.h"
#include "store/template_library.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

namespace jb::test {

inline const fs::path kAssets = JB_SOURCE_ASSETS_DIR;
inline const fs::path kTemplates = JB_SOURCE_TEMPLATES_DIR;

/// The output of a shell command (stderr folded in) and its exit status.
struct Command {
    int status = -1;
    std::string out;
};

inline Command RunCommand(const std::string& command) {
    Command result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe)
        return result;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
        result.out.append(buffer, n);
    result.status = ::pclose(pipe);
    return result;
}

inline std::string Quoted(const fs::path& p) { return "'" + p.string() + "'"; }

/// A PDF written to a temp file, read back with poppler's tools.
class PdfOnDisk {
public:
    explicit PdfOnDisk(const std::string& bytes, const std::string& name = "file.pdf") : m_path(m_dir.path() / name) {
        WriteRaw(m_path, bytes);
    }
    [[nodiscard]] const fs::path& path() const { return m_path; }

    /// pdfinfo's "Key: value" lines.
    [[nodiscard]] std::string Info(const std::string& key) const {
        const Command c = RunCommand("pdfinfo " + Quoted(m_path));
        std::istringstream lines(c.out);
        for (std::string line; std::getline(lines, line);)
            if (line.rfind(key + ":", 0) == 0) {
                const auto v = line.find_first_not_of(' ', key.size() + 1);
                return v == std::string::npos ? std::string() : line.substr(v);
            }
        return {};
    }
    [[nodiscard]] bool Valid() const { return RunCommand("pdfinfo " + Quoted(m_path)).status == 0; }
    [[nodiscard]] int Pages() const { return std::atoi(Info("Pages").c_str()); }
    /// "595 x 842" (pdfinfo prints "595 x 842 pts (A4)").
    [[nodiscard]] std::string PageSize() const {
        const std::string size = Info("Page size");
        return size.substr(0, size.find(" pts"));
    }

    /// Every font pdffonts lists, as "name emb" (emb = its "emb" column: yes or no).
    [[nodiscard]] std::vector<std::pair<std::string, std::string>> Fonts() const {
        const Command c = RunCommand("pdffonts " + Quoted(m_path));
        std::vector<std::pair<std::string, std::string>> fonts;
        std::istringstream lines(c.out);
        std::string line;
        std::getline(lines, line); // header
        std::getline(lines, line); // ----
        while (std::getline(lines, line)) {
            std::istringstream words(line);
            std::vector<std::string> w;
            for (std::string word; words >> word;)
                w.push_back(word);
            if (w.size() >= 6) // ... emb sub uni object-number generation
                fonts.push_back({w.front(), w[w.size() - 5]});
        }
        return fonts;
    }

    /// The text of pages first..last (all when 0), as pdftotext extracts it.
    [[nodiscard]] std::string Text(int first = 0, int last = 0) const {
        std::string range = first > 0 ? " -f " + std::to_string(first) + " -l " + std::to_string(last) : "";
        return RunCommand("pdftotext -enc UTF-8" + range + " " + Quoted(m_path) + " -").out;
    }

    /// The height of the smallest word pdftotext finds, in points: about 1.45 times its
    /// type size in Noto Sans CJK (ascent plus descent).
    [[nodiscard]] double SmallestWord() const {
        const Command c = RunCommand("pdftotext -bbox " + Quoted(m_path) + " -");
        double smallest = 1e9;
        std::istringstream lines(c.out);
        for (std::string line; std::getline(lines, line);) {
            const auto y0 = line.find("yMin=\""), y1 = line.find("yMax=\"");
            if (line.find("<word") == std::string::npos || y0 == std::string::npos || y1 == std::string::npos)
                continue;
            smallest = std::min(smallest, std::atof(line.c_str() + y1 + 6) - std::atof(line.c_str() + y0 + 6));
        }
        return smallest;
    }

private:
    TempDir m_dir;
    fs::path m_path;
};

inline model::Session LoadDemo(const std::string& language) {
    store::LoadResult r = store::LoadSessionFile(kAssets / "demo" / ("coffee_shop." + language + ".json"));
    REQUIRE(r.ok());
    return std::move(*r.session);
}

inline store::StringCatalog Strings(const std::string& language) {
    return store::StringCatalog::Load(kAssets / "i18n", language);
}

/// Text without the spaces and line breaks pdftotext may put between words and lines.
inline std::string Squeezed(std::string_view text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\f')
            out += c;
    return out;
}

/// The board's lowest stage (the summary names it) and its most-dotted note's text.
inline std::string LowestStage(const model::Session& s) {
    const auto extremes = model::FindEmotionExtremes(model::EmotionCurve(s));
    REQUIRE(!extremes.lowest.empty());
    return s.stages[extremes.lowest.front()].name;
}
inline std::string TopPainPoint(const model::Session& s) {
    const auto ranking = model::DotRanking(s);
    REQUIRE(!ranking.empty());
    return model::FindNote(s, ranking.front().note)->text;
}

/// The hardware lifecycle template (eight stages) in `language` with a note in every
/// cell, votes (the lowest stage is the fourth), dots, an action, a stack and a
/// face-down note whose text must never show.
inline model::Session HardwareBoard(const std::string& language, const std::string& secret) {
    const store::TemplateLoadResult t =
        store::LoadTemplateFile(kTemplates / "03-hardware-lifecycle.json", store::TemplateOrigin::BuiltIn);
    REQUIRE(t.ok());
    model::Session s = store::Instantiate(*t.tmpl, language, "", {}, "2026-11-22T09:30:00Z");
    REQUIRE(s.stages.size() >= 7);
    s.participants = {{"p1", "A", 0xE69F00, model::TokenIcon::Cat}, {"p2", "B", 0x56B4E9, model::TokenIcon::Dog}};
    int n = 0;
    for (const model::Lane& lane : s.lanes) {
        if (lane.kind == model::LaneKind::Emotion)
            continue;
        for (std::size_t i = 0; i < s.stages.size(); ++i) {
            model::Note note;
            note.id = "x" + std::to_string(++n);
            note.text = s.stages[i].name + " / " + lane.name + " #" + std::to_string(n);
            note.stage = s.stages[i].id;
            note.lane = lane.id;
            note.order = n;
            note.moment_of_truth = n % 7 == 0;
            note.evidence = static_cast<model::EvidenceLevel>(n % 4);
            note.channel = n % 3 == 0 ? model::Channel::App : model::Channel::None;
            s.notes.push_back(note);
        }
    }
    const std::vector<int> as_is = {1, 0, -1, -2, 1, 2, 0, 1};
    for (std::size_t i = 0; i < s.stages.size(); ++i)
        for (const char* p : {"p1", "p2"})
            s.emotion_votes.push_back({p, s.stages[i].id, as_is[i % as_is.size()], model::Curve::AsIs});
    // The pain point of the lowest stage gets the most dots; two notes of the first cell are a stack.
    const model::Lane* pain = nullptr;
    for (const model::Lane& lane : s.lanes)
        if (lane.kind == model::LaneKind::PainPoints)
            pain = &lane;
    REQUIRE(pain);
    const model::Note* top = model::NotesInCell(s, s.stages[3].id, pain->id).front();
    const model::Note* second = model::NotesInCell(s, s.stages[5].id, pain->id).front();
    s.dots = {{"d1", "p1", top->id, model::DotType::Pain}, {"d2", "p2", top->id, model::DotType::Pain},
              {"d3", "p1", second->id, model::DotType::Pain}};
    s.workshop.dots_revealed = true;
    s.workshop.emotions_revealed = true;
    s.actions = {{"a1", top->id, top->text, "Fix it", "Owner Zhang", "2026-12-31", model::Priority::High,
                  model::ActionStatus::Open}};
    model::Note extra = s.notes.front();
    extra.id = "extra";
    extra.text = "stacked twin";
    extra.order = 500;
    s.notes.push_back(extra);
    s.groups = {{"g1", "Twin stack", {s.notes.front().id, "extra"}}};
    model::Note hidden = s.notes.front();
    hidden.id = "secret";
    hidden.text = secret;
    hidden.hidden = true;
    hidden.order = 1000;
    s.notes.push_back(hidden);
    s.next_serial = 10'000;
    return s;
}

} // namespace jb::test
