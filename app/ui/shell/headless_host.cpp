// Headless ImGui host.
#include "ui/shell/headless_host.h"
#include "ui/kit/atlas_font.h"
#include "ui/kit/glyph_set.h"
#include "ui/kit/mapped_file.h"
#include "ui/kit/theme.h"

#include <imgui.h>


namespace jb::ui {

HeadlessHost::HeadlessHost(const ScreenInfo& screen, float scale_override, const std::string& font_file, int font_index)
    : m_font_file(font_file), m_font_index(font_index) {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    // Like the OpenGL3 backend: large boards exceed 64K vertices per draw list.
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    io.DisplaySize = ImVec2(static_cast<float>(screen.width_px), static_cast<float>(screen.height_px));
    io.DeltaTime = 1.0f / 60.0f;
    m_metrics = ComputeMetrics(screen, scale_override);
    ApplyTheme(ImGui::GetStyle(), m_metrics);
    // Mapped, not read: only the glyphs used become resident (a CJK collection is ~20 MB).
    if (!m_font_file.empty()) {
        m_font = std::make_unique<MappedFile>(m_font_file);
        m_coverage = std::make_unique<FontCoverage>(m_font_file, m_font_index);
    }
    GlyphSet base;
    BuildFonts(&base);
    if (previous)
        ImGui::SetCurrentContext(previous);
}

HeadlessHost::~HeadlessHost() { ImGui::DestroyContext(m_context); }

void HeadlessHost::BuildFonts(GlyphSet* glyphs) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float sizes[3] = {m_metrics.body_font_px, m_metrics.note_font_px * 1.5f, m_metrics.title_font_px};
    ImFont* fonts[3] = {};
    if (glyphs) {
        const auto r = glyphs->Ranges();
        m_ranges.assign(r.begin(), r.end());
        glyphs->ClearDirty();
    }
    for (int i = 0; i < 3; ++i) {
        ImFontConfig cfg;
        cfg.SizePixels = sizes[i];
        if (HasFontFile()) {
            cfg.FontNo = m_font_index;
            cfg.OversampleH = cfg.OversampleV = 1;
            fonts[i] = AddFontNoCopy(*io.Fonts, m_font->Data(), m_font->Size(), sizes[i], cfg,
                                     reinterpret_cast<const ImWchar*>(m_ranges.data()));
        }
        if (!fonts[i])
            fonts[i] = io.Fonts->AddFontDefault(&cfg);
    }
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(1)));
    m_fonts = {fonts[0], fonts[1], fonts[2]};
}

bool HeadlessHost::HasFontFile() const { return m_font && m_font->Data(); }

void HeadlessHost::MakeCurrent() { ImGui::SetCurrentContext(m_context); }

void HeadlessHost::SetDisplaySize(float width, float height) {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(m_context);
    ImGui::GetIO().DisplaySize = ImVec2(width, height);
    ImGui::SetCurrentContext(previous);
}

void HeadlessHost::RebuildFontsIfNeeded(GlyphSet& glyphs) {
    if (!HasFontFile() || !glyphs.Dirty())
        return;
    ImGui::SetCurrentContext(m_context);
    BuildFonts(&glyphs);
}

UiRequests HeadlessHost::Frame(Shell& shell, UiContext& ctx) {
    UiRequests r;
    m_touch.SetAdmit([&shell](const input::ContactEvent& down) { return shell.AdmitsPointer(down); });
    FrameWith(ctx, [&](UiContext& c) { r = shell.Frame(c); });
    m_touch.SetAdmit({}); // the shell may not outlive this frame
    return r;
}

void HeadlessHost::FrameWith(UiContext& ctx, const std::function<void(UiContext&)>& draw) {
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    m_time += 1.0 / 60.0;
    (void)m_touch.Apply(io);
    ImGui::NewFrame();
    ctx.metrics = m_metrics;
    ctx.fonts = m_fonts;
    ctx.time = m_time;
    if (!ctx.coverage && m_coverage)
        ctx.coverage = m_coverage.get(); // like the app: what the font file can draw
    draw(ctx);
    ImGui::Render();
}

} // namespace jb::ui
