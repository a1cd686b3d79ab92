// The PDF drawing kit: recorded pages written through cairo's PDF stream surface,
// pango text with the CJK font, a few shapes of the board (star, face-down card,
// badge, evidence mark) and the pack's labels.
//
// [SECTION] Colour and text cleaning
// [SECTION] Document
// [SECTION] Shapes
// [SECTION] Labels
#include "export/pdf_kit.h"

#include "ui/kit/theme.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <new>

namespace jb::store::pdf {

// [SECTION] Colour and text cleaning

Color FromModelRgb(model::Rgb rgb, double alpha) {
    return {((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0, alpha};
}

Color FromPalette(std::uint32_t abgr) {
    return {(abgr & 0xFF) / 255.0, ((abgr >> 8) & 0xFF) / 255.0, ((abgr >> 16) & 0xFF) / 255.0,
            ((abgr >> 24) & 0xFF) / 255.0};
}

Color Lighten(Color c, double amount) {
    const auto mix = [amount](double v) { return v + (1.0 - v) * std::clamp(amount, 0.0, 1.0); };
    return {mix(c.r), mix(c.g), mix(c.b), c.a};
}

std::string CleanText(std::string_view text) {
    static constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD
    static constexpr std::uint32_t kLastCodePoint = 0x10FFFF;       // Unicode's last: not a colour
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c == '\r') {
                out += '\n';
                if (i + 1 < text.size() && text[i + 1] == '\n')
                    ++i;
            } else if (c >= 0x20 && c != 0x7F) {
                out += static_cast<char>(c);
            } else if (c == '\n' || c == '\t') {
                out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        const std::size_t len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool valid = len > 0 && i + len <= text.size();
        std::uint32_t cp = len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (std::size_t k = 1; valid && k < len; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            valid = (cc & 0xC0) == 0x80;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, surrogates and code points beyond Unicode are not UTF-8.
        if (valid)
            valid = !(len == 2 && cp < 0x80) && !(len == 3 && cp < 0x800) && !(len == 4 && cp < 0x10000) &&
                    !(cp >= 0xD800 && cp <= 0xDFFF) && cp <= kLastCodePoint;
        if (!valid) {
            out += kReplacement;
            ++i;
            continue;
        }
        if (cp >= 0x80 && cp <= 0x9F) { // C1 control characters
            i += len;
            continue;
        }
        out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

// [SECTION] Document

namespace {

const char* FontFamily(std::string_view language) {
    return language == "zh-TW" ? "Noto Sans CJK TC" : "Noto Sans CJK SC";
}

const char* PangoLanguageTag(std::string_view language) {
    return language == "zh-TW" ? "zh-tw" : language == "zh-CN" ? "zh-cn" : "en";
}

struct WriteTarget {
    std::string bytes;
    bool failed = false;
};

cairo_status_t WriteToString(void* closure, const unsigned char* data, unsigned int length) {
    auto* target = static_cast<WriteTarget*>(closure);
    try {
        target->bytes.append(reinterpret_cast<const char*>(data), length);
    } catch (const std::bad_alloc&) {
        target->failed = true;
        return CAIRO_STATUS_WRITE_ERROR;
    }
    return CAIRO_STATUS_SUCCESS;
}

/// "2026-11-22T09:30:00Z" for cairo's metadata, "" when the stamp is not of that shape.
std::string PdfDate(const std::string& stamp) {
    if (stamp.size() < 19 || stamp[4] != '-' || stamp[7] != '-' || stamp[10] != 'T' || stamp[13] != ':' ||
        stamp[16] != ':')
        return {};
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
        if (stamp[i] < '0' || stamp[i] > '9')
            return {};
    return stamp.substr(0, 19) + "Z";
}

} // namespace

struct Document::Impl {
    PangoContext* context = nullptr;
    PangoLayout* layout = nullptr;
    PangoFontDescription* font = nullptr;
    cairo_t* cr = nullptr;
};

Document::Document(PaperSize page, std::string_view language) : m_impl(std::make_unique<Impl>()), m_page(page) {
    PangoFontMap* map = pango_cairo_font_map_get_default(); // owned by pango, shared per thread
    m_impl->context = pango_font_map_create_context(map);
    cairo_font_options_t* options = cairo_font_options_create();
    // Unhinted metrics: text measures the same at every size, so a layout scales exactly.
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(m_impl->context, options);
    cairo_font_options_destroy(options);
    pango_context_set_language(m_impl->context, pango_language_from_string(PangoLanguageTag(language)));
    m_impl->layout = pango_layout_new(m_impl->context);
    pango_layout_set_wrap(m_impl->layout, PANGO_WRAP_WORD_CHAR);
    m_impl->font = pango_font_description_new();
    pango_font_description_set_family(m_impl->font, FontFamily(language));
}

Document::~Document() {
    if (m_impl->cr)
        cairo_destroy(m_impl->cr);
    for (void* page : m_pages)
        cairo_surface_destroy(static_cast<cairo_surface_t*>(page));
    pango_font_description_free(m_impl->font);
    g_object_unref(m_impl->layout);
    g_object_unref(m_impl->context);
}

std::string Document::FontProblem(bool cjk) {
    pango_font_description_set_absolute_size(m_impl->font, 10 * PANGO_SCALE);
    pango_font_description_set_weight(m_impl->font, PANGO_WEIGHT_NORMAL);
    PangoFontset* fonts = pango_context_load_fontset(m_impl->context, m_impl->font, nullptr);
    if (!fonts)
        return "fontconfig found no font to set the text in";
    // The font pango would use for a character, and whether it really has that character.
    const auto covers = [fonts](gunichar c) {
        PangoFont* font = pango_fontset_get_font(fonts, c);
        if (!font)
            return false;
        PangoCoverage* coverage = pango_font_get_coverage(font, pango_language_get_default());
        const bool has = coverage && pango_coverage_get(coverage, static_cast<int>(c)) != PANGO_COVERAGE_NONE;
        if (coverage)
            pango_coverage_unref(coverage);
        g_object_unref(font);
        return has;
    };
    std::string problem;
    if (!covers('A'))
        problem = "fontconfig found no font to set the text in";
    else if (cjk && !covers(0x4E2D)) // 中
        problem = "fontconfig found no font with Chinese characters (install fonts-noto-cjk)";
    g_object_unref(fonts);
    return problem;
}

void Document::NewPage() {
    if (m_impl->cr)
        cairo_destroy(m_impl->cr);
    cairo_rectangle_t extents{0, 0, m_page.w, m_page.h};
    cairo_surface_t* page = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
    m_pages.push_back(page);
    m_impl->cr = cairo_create(page);
}

cairo_t* Document::Cr() const { return m_impl->cr; }

PangoLayout* Document::Layout(std::string_view text, const TextStyle& style, double width) {
    PangoLayout* layout = m_impl->layout;
    pango_font_description_set_absolute_size(m_impl->font, std::max(0.5, style.size) * PANGO_SCALE);
    pango_font_description_set_weight(m_impl->font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout, m_impl->font);
    pango_layout_set_width(layout, width > 0 ? static_cast<int>(width * PANGO_SCALE) : -1);
    const bool cut = style.max_lines > 0 && width > 0;
    pango_layout_set_height(layout, cut ? -style.max_lines : -1);
    pango_layout_set_ellipsize(layout, cut ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
    pango_layout_set_alignment(layout, style.align == Align::Center  ? PANGO_ALIGN_CENTER
                                       : style.align == Align::Right ? PANGO_ALIGN_RIGHT
                                                                     : PANGO_ALIGN_LEFT);
    const std::string clean = CleanText(text);
    pango_layout_set_text(layout, clean.data(), static_cast<int>(clean.size()));
    return layout;
}

TextSize Document::Measure(std::string_view text, const TextStyle& style, double width) {
    PangoLayout* layout = Layout(text, style, width);
    PangoRectangle logical{};
    pango_layout_get_extents(layout, nullptr, &logical);
    return {static_cast<double>(logical.width) / PANGO_SCALE, static_cast<double>(logical.height) / PANGO_SCALE,
            pango_layout_get_line_count(layout)};
}

double Document::Text(double x, double y, double width, std::string_view text, const TextStyle& style) {
    if (!m_impl->cr)
        return 0;
    PangoLayout* layout = Layout(text, style, width);
    PangoRectangle logical{};
    pango_layout_get_extents(layout, nullptr, &logical);
    cairo_t* cr = m_impl->cr;
    SetColor(cr, style.color);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
    cairo_new_path(cr);
    return static_cast<double>(logical.height) / PANGO_SCALE;
}

void Document::TextOnPlate(const Box& plate, double pad, std::string_view text, const TextStyle& style, Color halo) {
    if (!m_impl->cr)
        return;
    Fill(m_impl->cr, plate, halo, std::min(plate.h * 0.3, pad * 1.5));
    Text(plate.x + pad, plate.y + pad * 0.5, plate.w - 2 * pad, text, style);
}

double Document::FitSize(std::string_view text, double width, double height, double min_size, double max_size,
                         bool bold, bool* fits) {
    TextStyle style;
    style.bold = bold;
    const auto fit = [&](double size) {
        style.size = size;
        const TextSize t = Measure(text, style, width);
        return t.h <= height + 0.01 && t.w <= width + 0.01;
    };
    if (fits)
        *fits = true;
    if (fit(max_size))
        return max_size;
    if (!fit(min_size)) {
        if (fits)
            *fits = false;
        return min_size;
    }
    int lo = static_cast<int>(std::ceil(min_size * 4)), hi = static_cast<int>(std::floor(max_size * 4));
    while (hi - lo > 1) { // invariant: lo fits, hi does not
        const int mid = (lo + hi) / 2;
        (fit(mid / 4.0) ? lo : hi) = mid;
    }
    return std::max(min_size, lo / 4.0);
}

void Document::Bookmark(std::string_view title, int level, double y) {
    if (m_pages.empty())
        return;
    m_marks.push_back({CleanText(title), std::clamp(level, 1, 2), m_pages.size(), y});
}

ExportFile Document::Finish(std::string name, const Metadata& meta, const Decorate& decorate) {
    if (m_impl->cr) {
        cairo_destroy(m_impl->cr);
        m_impl->cr = nullptr;
    }
    if (m_pages.empty())
        NewPage(); // a PDF has at least one page
    WriteTarget target;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(WriteToString, &target, m_page.w, m_page.h);
    const auto set_meta = [surface](cairo_pdf_metadata_t key, const std::string& value) {
        if (!value.empty())
            cairo_pdf_surface_set_metadata(surface, key, CleanText(value).c_str());
    };
    set_meta(CAIRO_PDF_METADATA_TITLE, meta.title);
    set_meta(CAIRO_PDF_METADATA_SUBJECT, meta.subject);
    set_meta(CAIRO_PDF_METADATA_CREATOR, "JourneyBoard");
    set_meta(CAIRO_PDF_METADATA_CREATE_DATE, PdfDate(meta.created));
    int parent = CAIRO_PDF_OUTLINE_ROOT;
    for (const Mark& mark : m_marks) {
        const std::string link = "page=" + std::to_string(mark.page) + " pos=[0 " + std::to_string(mark.y) + "]";
        const int id = cairo_pdf_surface_add_outline(surface, mark.level == 1 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                                     mark.title.c_str(), link.c_str(), CAIRO_PDF_OUTLINE_FLAG_OPEN);
        if (mark.level == 1)
            parent = id;
    }
    cairo_t* cr = cairo_create(surface);
    const std::size_t pages = m_pages.size();
    for (std::size_t i = 0; i < pages; ++i) {
        cairo_save(cr);
        cairo_set_source_surface(cr, static_cast<cairo_surface_t*>(m_pages[i]), 0, 0);
        cairo_paint(cr);
        cairo_restore(cr);
        if (decorate) {
            m_impl->cr = cr; // Text() draws onto the page being written
            decorate(*this, cr, i + 1, pages);
            m_impl->cr = nullptr;
        }
        cairo_show_page(cr);
    }
    const cairo_status_t drawn = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t written = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    ExportFile file{std::move(name), {}, {}};
    if (target.failed)
        file.problem = "out of memory while writing the PDF";
    else if (drawn != CAIRO_STATUS_SUCCESS || written != CAIRO_STATUS_SUCCESS)
        file.problem = std::string("cairo could not write the PDF: ") +
                       cairo_status_to_string(drawn != CAIRO_STATUS_SUCCESS ? drawn : written);
    else if (target.bytes.compare(0, 5, "%PDF-") != 0)
        file.problem = "cairo wrote no PDF";
    else
        file.bytes = std::move(target.bytes);
    return file;
}

ExportFile Document::FinishPng(std::string name, double pixels_per_point) {
    if (m_impl->cr) {
        cairo_destroy(m_impl->cr);
        m_impl->cr = nullptr;
    }
    if (m_pages.empty())
        NewPage();
    const int w = static_cast<int>(std::ceil(m_page.w * pixels_per_point));
    const int h = static_cast<int>(std::ceil(m_page.h * pixels_per_point));
    ExportFile file{std::move(name), {}, {}};
    if (w <= 0 || h <= 0 || w > 16384 || h > 16384) {
        file.problem = "the image would be " + std::to_string(w) + "x" + std::to_string(h) + " pixels";
        return file;
    }
    cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    cairo_t* cr = cairo_create(image);
    cairo_set_source_rgb(cr, 1, 1, 1); // word processors show PNGs on white; no transparency
    cairo_paint(cr);
    cairo_scale(cr, pixels_per_point, pixels_per_point);
    cairo_set_source_surface(cr, static_cast<cairo_surface_t*>(m_pages.front()), 0, 0);
    cairo_paint(cr);
    const cairo_status_t drawn = cairo_status(cr);
    cairo_destroy(cr);
    WriteTarget target;
    const cairo_status_t written =
        drawn == CAIRO_STATUS_SUCCESS ? cairo_surface_write_to_png_stream(image, WriteToString, &target) : drawn;
    cairo_surface_destroy(image);
    if (target.failed)
        file.problem = "out of memory while writing the PNG";
    else if (written != CAIRO_STATUS_SUCCESS)
        file.problem = std::string("cairo could not write the PNG: ") + cairo_status_to_string(written);
    else
        file.bytes = std::move(target.bytes);
    return file;
}

// [SECTION] Shapes

void SetColor(cairo_t* cr, Color c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

void RoundedRect(cairo_t* cr, const Box& b, double radius) {
    const double r = std::clamp(radius, 0.0, std::min(b.w, b.h) / 2);
    if (r <= 0) {
        cairo_rectangle(cr, b.x, b.y, b.w, b.h);
        return;
    }
    cairo_new_sub_path(cr);
    cairo_arc(cr, b.Right() - r, b.y + r, r, -M_PI / 2, 0);
    cairo_arc(cr, b.Right() - r, b.Bottom() - r, r, 0, M_PI / 2);
    cairo_arc(cr, b.x + r, b.Bottom() - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, b.x + r, b.y + r, r, M_PI, 3 * M_PI / 2);
    cairo_close_path(cr);
}

void Fill(cairo_t* cr, const Box& b, Color c, double radius) {
    SetColor(cr, c);
    RoundedRect(cr, b, radius);
    cairo_fill(cr);
}

void Stroke(cairo_t* cr, const Box& b, Color c, double width, double radius) {
    SetColor(cr, c);
    cairo_set_line_width(cr, width);
    RoundedRect(cr, b, radius);
    cairo_stroke(cr);
}

void Star(cairo_t* cr, double cx, double cy, double outer_r) {
    for (int i = 0; i < 10; ++i) {
        const double a = -M_PI / 2 + i * M_PI / 5;
        const double r = i % 2 == 0 ? outer_r : outer_r * 0.45;
        (i == 0 ? cairo_move_to : cairo_line_to)(cr, cx + std::cos(a) * r, cy + std::sin(a) * r);
    }
    cairo_close_path(cr);
    SetColor(cr, FromPalette(ui::Palette::kAccent));
    cairo_fill_preserve(cr);
    SetColor(cr, FromPalette(ui::Palette::kInk));
    cairo_set_line_width(cr, std::max(0.3, outer_r * 0.1));
    cairo_stroke(cr);
}

void FaceDown(cairo_t* cr, const Box& b, double radius) {
    Fill(cr, b, FromPalette(ui::Palette::kNoteBack), radius);
    cairo_save(cr);
    RoundedRect(cr, b, radius);
    cairo_clip(cr);
    SetColor(cr, FromPalette(ui::Veil(0x40)));
    cairo_set_line_width(cr, std::max(0.4, std::min(b.w, b.h) * 0.02));
    const double step = std::max(2.0, std::min(b.w, b.h) * 0.12);
    for (double d = -b.h; d < b.w; d += step) {
        cairo_move_to(cr, b.x + d, b.y + b.h);
        cairo_line_to(cr, b.x + d + b.h, b.y);
    }
    cairo_stroke(cr);
    cairo_restore(cr);
}

void Badge(Document& doc, double cx, double cy, double r, Color fill, std::string_view text) {
    cairo_t* cr = doc.Cr();
    cairo_new_path(cr);
    cairo_arc(cr, cx, cy, r, 0, 2 * M_PI);
    SetColor(cr, fill);
    cairo_fill_preserve(cr);
    SetColor(cr, FromPalette(ui::Palette::kWhite));
    cairo_set_line_width(cr, std::max(0.4, r * 0.12));
    cairo_stroke(cr);
    TextStyle style{r * (text.size() > 2 ? 0.85 : 1.1), true, FromPalette(ui::Palette::kWhite), Align::Center, 1};
    const TextSize t = doc.Measure(text, style, r * 2);
    doc.Text(cx - r, cy - t.h / 2, r * 2, text, style);
}

void EvidenceMark(cairo_t* cr, double cx, double cy, double r, model::EvidenceLevel level) {
    if (level == model::EvidenceLevel::None)
        return;
    const Color ink = FromPalette(ui::Palette::kInkMuted);
    cairo_new_path(cr);
    if (level == model::EvidenceLevel::Observed) {
        cairo_arc(cr, cx, cy, r, 0, 2 * M_PI);
    } else if (level == model::EvidenceLevel::Reported) {
        cairo_move_to(cr, cx, cy - r); // the left half: heard, not seen
        cairo_arc_negative(cr, cx, cy, r, -M_PI / 2, M_PI / 2);
        cairo_close_path(cr);
    }
    SetColor(cr, ink);
    cairo_fill(cr);
    cairo_arc(cr, cx, cy, r, 0, 2 * M_PI);
    cairo_set_line_width(cr, std::max(0.3, r * 0.22));
    cairo_stroke(cr);
}

// [SECTION] Labels

std::string StageName(const model::Session& s, const StringCatalog& strings, std::size_t index) {
    if (index >= s.stages.size())
        return {};
    return s.stages[index].name.empty() ? strings.Format("board.stage_n", index + 1) : s.stages[index].name;
}

std::string LaneName(const StringCatalog& strings, const model::Lane& lane) {
    return lane.name.empty() ? EnumText(strings, "lane.", lane.kind, model::kLaneKindNames) : lane.name;
}

std::string NoteTag(const StringCatalog& strings, const model::Note& note) {
    std::string tag;
    if (note.channel != model::Channel::None)
        tag = EnumText(strings, "channel.", note.channel, model::kChannelNames);
    if (note.evidence != model::EvidenceLevel::None)
        tag += (tag.empty() ? "" : " · ") + EnumText(strings, "evidence.", note.evidence, model::kEvidenceLevelNames);
    return tag;
}

double DrawNoteTag(Document& doc, double x, double y, double width, const StringCatalog& strings,
                   const model::Note& note, const TextStyle& style) {
    TextStyle one = style;
    one.max_lines = 1;
    const bool evidence = note.evidence != model::EvidenceLevel::None;
    std::string channel;
    if (note.channel != model::Channel::None)
        channel = EnumText(strings, "channel.", note.channel, model::kChannelNames) + (evidence ? " · " : "");
    double h = 0, used = 0;
    if (!channel.empty()) {
        used = std::min(width, doc.Measure(channel, one, 0).w);
        h = doc.Text(x, y, used + 0.5, channel, one);
    }
    if (!evidence || used + style.size * 2 > width)
        return h;
    const double r = style.size * 0.32;
    const TextSize t = doc.Measure("国", one, 0);
    EvidenceMark(doc.Cr(), x + used + r + 0.5, y + t.h * 0.52, r, note.evidence);
    const double text_x = used + r * 2 + style.size * 0.3;
    return std::max(h, doc.Text(x + text_x, y, width - text_x,
                                EnumText(strings, "evidence.", note.evidence, model::kEvidenceLevelNames), one));
}

Color NoteColor(const model::Note& note, const model::Lane& lane) {
    return FromModelRgb(note.color != 0 ? note.color : lane.color);
}

Color DotColor(model::DotType type) {
    switch (type) {
    case model::DotType::Pain: return FromModelRgb(ui::Palette::kRgbVermillion);
    case model::DotType::MomentOfTruth: return FromModelRgb(ui::Palette::kRgbOrange);
    case model::DotType::Plain: break;
    }
    return FromModelRgb(ui::Palette::kRgbBlue);
}

bool NeedsCjk(const model::Session& s, const StringCatalog& strings) {
    if (strings.language().rfind("zh", 0) == 0)
        return true;
    // UTF-8 lead bytes E3..E9 start U+3000..U+9FFF: CJK punctuation, kana and ideographs.
    const auto cjk = [](const std::string& text) {
        return std::any_of(text.begin(), text.end(), [](char c) {
            const auto b = static_cast<unsigned char>(c);
            return b >= 0xE3 && b <= 0xE9;
        });
    };
    if (cjk(s.title) || cjk(s.persona.name) || cjk(s.persona.description) || cjk(s.persona.goals) ||
        cjk(s.persona.needs))
        return true;
    return std::any_of(s.stages.begin(), s.stages.end(), [&](const model::Stage& st) { return cjk(st.name) || cjk(st.prompt); }) ||
           std::any_of(s.lanes.begin(), s.lanes.end(), [&](const model::Lane& l) { return cjk(l.name); }) ||
           std::any_of(s.notes.begin(), s.notes.end(), [&](const model::Note& n) { return !n.hidden && cjk(n.text); }) ||
           std::any_of(s.actions.begin(), s.actions.end(), [&](const model::ActionItem& a) {
               return cjk(a.problem) || cjk(a.solution) || cjk(a.owner);
           });
}

std::string Title(const model::Session& s, const StringCatalog& strings) {
    return s.title.empty() ? strings.Get("report.untitled") : s.title;
}

} // namespace jb::store::pdf
