// The template gallery driven by synthetic touches through the headless ImGui
// host: it lists all eleven built-in templates, filters by category, previews
// a card, asks for the title and persona on the keyboard and returns the
// request; every target is at least 12 mm on a laptop, a 55" and a 65" 4K screen.
#include "headless_ui.h"
#include "store/string_catalog.h"
#include "store/template_library.h"
#include "ui/facilitator/template_gallery.h"
#include "ui/shell/headless_host.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <cmath>
#include <memory>
#include <set>

using namespace jb;
using Step = ui::TemplateGallery::Step;

namespace {

ui::ScreenInfo Screen(int w, int h, float inches) { return jb::test::ScreenOf(w, h, inches); }

const ui::ScreenInfo kLaptop = Screen(1366, 768, 15.6f);
const ui::ScreenInfo kWall = Screen(1920, 1080, 55.0f);
const ui::ScreenInfo k4k = Screen(3840, 2160, 65.0f);

const store::TemplateLibrary& Library() {
    static const store::TemplateLibrary library =
        store::TemplateLibrary::Load(std::filesystem::path(JB_SOURCE_TEMPLATES_DIR), {});
    return library;
}

/// The gallery alone on a headless screen, opened on the built-in templates.
class GalleryHarness {
public:
    explicit GalleryHarness(const ui::ScreenInfo& screen, std::string lang = "en")
        : host(std::make_unique<ui::HeadlessHost>(screen)), language(std::move(lang)) {
        strings = store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language);
        REQUIRE(Library().Templates().size() == 11);
        gallery.Open(Library().Templates());
        Frames(2);
    }

    std::unique_ptr<ui::HeadlessHost> host;
    std::string language;
    store::StringCatalog strings;
    ui::HitRegistry hits;
    ui::GlyphSet glyphs;
    ui::TemplateGallery gallery;
    std::vector<ui::TemplateGalleryResult> results; ///< every frame that closed or created

    void Frame() {
        ui::UiContext ctx;
        ctx.tr = [this](std::string_view key) -> std::string_view { return strings.Get(key); };
        ctx.language = language;
        ctx.glyphs = &glyphs;
        ctx.hits = &hits;
        host->FrameWith(ctx, [&](ui::UiContext& c) {
            hits.BeginFrame();
            const ui::TemplateGalleryResult r = gallery.Draw(c);
            if (r.closed || r.create)
                results.push_back(r);
        });
    }
    void Frames(int n) {
        for (int i = 0; i < n; ++i)
            Frame();
    }
    [[nodiscard]] bool Has(const std::string& id) const { return hits.Find(id) != nullptr; }
    void Tap(const std::string& id) {
        const ui::HitTarget* t = hits.Find(id);
        INFO("target " << id);
        REQUIRE(t != nullptr);
        const float x = t->rect.x + t->rect.w * 0.5f, y = t->rect.y + t->rect.h * 0.5f;
        host->PushContact({0, input::ContactEvent::Type::Down, {x, y}, host->Time()});
        Frames(3);
        host->PushContact({0, input::ContactEvent::Type::Up, {x, y}, host->Time()});
        Frames(3);
    }
    void Type(std::string_view keys) {
        for (const char c : keys)
            Tap(c == ' ' ? std::string("osk.key.space") : "osk.key." + std::string(1, c));
    }
    /// Card ids on screen now.
    [[nodiscard]] std::vector<std::string> CardsOnScreen() const {
        std::vector<std::string> ids;
        for (const ui::HitTarget& t : hits.Targets())
            if (t.id.starts_with("gallery.card."))
                ids.push_back(t.id.substr(13));
        return ids;
    }
    /// Every card id across all pages, paging forward from the first.
    std::vector<std::string> AllCards() {
        while (gallery.PageIndex() > 0)
            Tap("gallery.previous");
        std::vector<std::string> ids = CardsOnScreen();
        while (gallery.PageIndex() + 1 < gallery.PageCount()) {
            Tap("gallery.next");
            for (const std::string& id : CardsOnScreen())
                ids.push_back(id);
        }
        return ids;
    }
    void CheckTargets(const char* when) const {
        const float min_px = 12.0f * host->Metrics().px_per_mm - 0.5f;
        REQUIRE(hits.Targets().size() > 1);
        for (const ui::HitTarget& t : hits.Targets()) {
            INFO(when << ": " << t.id << " is " << t.rect.w << "x" << t.rect.h << " px, needs " << min_px);
            CHECK(std::min(t.rect.w, t.rect.h) >= min_px);
            // And on screen, where a finger can reach it.
            CHECK(t.rect.x >= 0);
            CHECK(t.rect.y >= 0);
            CHECK(t.rect.x + t.rect.w <= static_cast<float>(ImGui::GetIO().DisplaySize.x) + 0.5f);
            CHECK(t.rect.y + t.rect.h <= static_cast<float>(ImGui::GetIO().DisplaySize.y) + 0.5f);
        }
    }
};

/// Whether every character of `text` is in the glyph set (it was drawn or is in the base set).
bool AllGlyphs(const ui::GlyphSet& glyphs, std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        const int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
        for (int k = 1; k < n && i + k < text.size(); ++k)
            c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        if (!glyphs.Contains(c))
            return false;
        i += static_cast<std::size_t>(n);
    }
    return true;
}

std::vector<std::string> LibraryIds(std::optional<store::TemplateCategory> category = std::nullopt) {
    std::vector<std::string> ids;
    for (const store::Template* t : Library().Templates())
        if (!category || t->category == *category)
            ids.push_back(t->id);
    return ids;
}

} // namespace

TEST_CASE("the gallery lists all eleven templates, in library order, across its pages") {
    for (const ui::ScreenInfo& screen : {kLaptop, kWall, k4k}) {
        INFO(screen.width_px << "x" << screen.height_px);
        GalleryHarness h(screen);
        CHECK(h.gallery.CurrentStep() == Step::Grid);
        CHECK(h.AllCards() == LibraryIds());
        CHECK(h.gallery.FilteredIds() == LibraryIds());
    }
}

TEST_CASE("a category filter shows only that category; All shows everything again") {
    GalleryHarness h(kWall, "zh-CN");
    for (const store::TemplateCategory category : h.gallery.Categories()) {
        const std::string name(model::EnumName(category, store::kTemplateCategoryNames));
        INFO(name);
        h.Tap("gallery.filter." + name);
        REQUIRE(h.gallery.Filter() == category);
        const std::vector<std::string> cards = h.AllCards();
        CHECK(cards == LibraryIds(category));
        CHECK_FALSE(cards.empty());
    }
    // Filters exist exactly for the categories present: no empty shelf to tap.
    CHECK(h.Has("gallery.filter.service"));
    CHECK_FALSE(h.Has("gallery.filter.custom"));
    h.Tap("gallery.filter.all");
    CHECK_FALSE(h.gallery.Filter().has_value());
    CHECK(h.AllCards() == LibraryIds());
}

TEST_CASE("tapping a card previews it; Back returns to the grid") {
    GalleryHarness h(kLaptop, "zh-TW");
    const std::string& description = Library().Find("classic-funnel")->descriptions.Get("zh-TW");
    CHECK_FALSE(AllGlyphs(h.glyphs, description)); // the grid does not show descriptions
    h.Tap("gallery.card.classic-funnel");
    REQUIRE(h.gallery.CurrentStep() == Step::Preview);
    REQUIRE(h.gallery.Selected() != nullptr);
    CHECK(h.gallery.Selected()->id == "classic-funnel");
    CHECK(h.Has("gallery.start"));
    CHECK_FALSE(h.Has("gallery.card.classic-funnel")); // the grid is gone
    // The preview shows the description, every stage and every lane in the interface language.
    CHECK(AllGlyphs(h.glyphs, description));
    for (const auto& stage : h.gallery.Selected()->stages)
        CHECK(AllGlyphs(h.glyphs, stage.names.Get("zh-TW")));
    for (const auto& lane : h.gallery.Selected()->lanes)
        CHECK(AllGlyphs(h.glyphs, lane.names.Get("zh-TW")));
    h.Tap("gallery.back");
    CHECK(h.gallery.CurrentStep() == Step::Grid);
    CHECK(h.Has("gallery.card.classic-funnel"));
    CHECK(h.results.empty());
}

TEST_CASE("Start -> keyboard -> Create returns the request for the previewed template") {
    GalleryHarness h(kWall);
    h.Tap("gallery.filter.service");
    h.Tap("gallery.card.support-hotline");
    h.Tap("gallery.start");
    REQUIRE(h.gallery.CurrentStep() == Step::Details);
    CHECK(h.gallery.ActiveField() == ui::TemplateGallery::Field::Title);
    h.Type("call centre");
    h.Tap("gallery.field.persona");
    CHECK(h.gallery.ActiveField() == ui::TemplateGallery::Field::Persona);
    h.Type("wang");
    CHECK(h.results.empty()); // nothing until Create
    h.Tap("gallery.create");
    REQUIRE(h.results.size() == 1);
    CHECK(h.results[0].closed);
    REQUIRE(h.results[0].create.has_value());
    CHECK(*h.results[0].create == ui::TemplateCreateRequest{"support-hotline", "call centre", "wang"});
    CHECK_FALSE(h.gallery.IsOpen());
    h.Frames(2);
    CHECK(h.hits.Targets().empty()); // closed: nothing drawn, nothing to tap
}

TEST_CASE("an empty title takes the template's name in the interface language; Enter moves on and creates") {
    GalleryHarness h(kLaptop, "zh-TW");
    h.Tap("gallery.card.consumer-decision-journey");
    h.Tap("gallery.start");
    h.Tap("osk.key.enter"); // title left empty: on to the persona
    CHECK(h.gallery.ActiveField() == ui::TemplateGallery::Field::Persona);
    h.Type("amy");
    h.Tap("osk.key.enter");
    REQUIRE(h.results.size() == 1);
    REQUIRE(h.results[0].create.has_value());
    CHECK(*h.results[0].create == ui::TemplateCreateRequest{"consumer-decision-journey", "消費者決策旅程", "amy"});
}

TEST_CASE("Close leaves without a request, and reopening starts afresh on the grid") {
    GalleryHarness h(kWall);
    h.Tap("gallery.filter.product");
    h.Tap("gallery.card.hardware-lifecycle");
    h.Tap("gallery.start");
    h.Type("abc");
    h.Tap("gallery.back"); // to the preview
    CHECK(h.gallery.CurrentStep() == Step::Preview);
    h.Tap("gallery.close");
    REQUIRE(h.results.size() == 1);
    CHECK(h.results[0].closed);
    CHECK_FALSE(h.results[0].create.has_value());
    CHECK_FALSE(h.gallery.IsOpen());
    h.gallery.Open(Library().Templates());
    h.Frames(2);
    CHECK(h.gallery.CurrentStep() == Step::Grid);
    CHECK_FALSE(h.gallery.Filter().has_value());
    CHECK(h.gallery.PageIndex() == 0);
}

TEST_CASE("gallery touch targets >= 12 mm on laptop, 55-inch and 65-inch 4K screens, in every step") {
    for (const ui::ScreenInfo& screen : {kLaptop, kWall, k4k}) {
        for (const char* lang : {"en", "zh-CN", "zh-TW"}) {
            INFO(screen.width_px << "x" << screen.height_px << " " << lang);
            GalleryHarness h(screen, lang);
            h.CheckTargets("grid");
            CHECK(h.CardsOnScreen().size() >= 4); // cards are large, but several fit
            if (h.gallery.PageCount() > 1) {
                h.Tap("gallery.next");
                h.CheckTargets("second page");
            }
            h.Tap("gallery.filter.b2b");
            h.Tap("gallery.card.b2b-buying"); // the longest stage set
            h.CheckTargets("preview");
            h.Tap("gallery.start");
            h.CheckTargets("title and persona with keyboard");
            CHECK(h.Has("osk.key.a"));
        }
    }
}

TEST_CASE("the gallery copies its templates and draws nothing once closed") {
    ui::TemplateGallery gallery;
    {
        store::Template t = *Library().Find("scenarios");
        const std::vector<const store::Template*> list = {&t};
        gallery.Open(list);
        t.id = "changed";
    }
    CHECK(gallery.FilteredIds() == std::vector<std::string>{"scenarios"});
    CHECK(gallery.Categories() == std::vector<store::TemplateCategory>{store::TemplateCategory::Marketing});
    gallery.Close();
    ui::UiContext ctx;
    CHECK_FALSE(gallery.Draw(ctx).closed); // not open: no ImGui calls, nothing reported
}
