// Offscreen board rendering: a private Dear ImGui context laid out with print
// metrics draws the board through the same BoardView as the screen, one tile
// at a time into a framebuffer object; the tiles are stitched into one PNG.
#include "board_image.h"
#include "screenshot.h"

#include "export/board_print.h"
#include "model/workshop_date.h"
#include "ui/board/board_view.h"
#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"
#include "ui/shell/headless_host.h"

#include <GL/gl.h>
#include <GL/glext.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <new>
#include <vector>

namespace jb::platform {

namespace {

// Framebuffer-object entry points, looked up through GLFW (libGL only
// promises OpenGL 1.x symbols).
struct FboApi {
    PFNGLGENFRAMEBUFFERSPROC gen_framebuffers = nullptr;
    PFNGLDELETEFRAMEBUFFERSPROC delete_framebuffers = nullptr;
    PFNGLBINDFRAMEBUFFERPROC bind_framebuffer = nullptr;
    PFNGLGENRENDERBUFFERSPROC gen_renderbuffers = nullptr;
    PFNGLDELETERENDERBUFFERSPROC delete_renderbuffers = nullptr;
    PFNGLBINDRENDERBUFFERPROC bind_renderbuffer = nullptr;
    PFNGLRENDERBUFFERSTORAGEPROC renderbuffer_storage = nullptr;
    PFNGLFRAMEBUFFERRENDERBUFFERPROC framebuffer_renderbuffer = nullptr;
    PFNGLCHECKFRAMEBUFFERSTATUSPROC check_framebuffer_status = nullptr;

    bool Load() {
        const auto get = [](const char* name) { return glfwGetProcAddress(name); };
        gen_framebuffers = reinterpret_cast<PFNGLGENFRAMEBUFFERSPROC>(get("glGenFramebuffers"));
        delete_framebuffers = reinterpret_cast<PFNGLDELETEFRAMEBUFFERSPROC>(get("glDeleteFramebuffers"));
        bind_framebuffer = reinterpret_cast<PFNGLBINDFRAMEBUFFERPROC>(get("glBindFramebuffer"));
        gen_renderbuffers = reinterpret_cast<PFNGLGENRENDERBUFFERSPROC>(get("glGenRenderbuffers"));
        delete_renderbuffers = reinterpret_cast<PFNGLDELETERENDERBUFFERSPROC>(get("glDeleteRenderbuffers"));
        bind_renderbuffer = reinterpret_cast<PFNGLBINDRENDERBUFFERPROC>(get("glBindRenderbuffer"));
        renderbuffer_storage = reinterpret_cast<PFNGLRENDERBUFFERSTORAGEPROC>(get("glRenderbufferStorage"));
        framebuffer_renderbuffer = reinterpret_cast<PFNGLFRAMEBUFFERRENDERBUFFERPROC>(get("glFramebufferRenderbuffer"));
        check_framebuffer_status = reinterpret_cast<PFNGLCHECKFRAMEBUFFERSTATUSPROC>(get("glCheckFramebufferStatus"));
        return gen_framebuffers && delete_framebuffers && bind_framebuffer && gen_renderbuffers && delete_renderbuffers &&
               bind_renderbuffer && renderbuffer_storage && framebuffer_renderbuffer && check_framebuffer_status;
    }
};

/// A colour-only framebuffer of tile x tile pixels; restores the previous binding when done.
class TileTarget {
public:
    TileTarget(const FboApi& gl, int size) : m_gl(gl) {
        glGetIntegerv(GL_FRAMEBUFFER_BINDING, &m_previous);
        m_gl.gen_framebuffers(1, &m_fbo);
        m_gl.gen_renderbuffers(1, &m_color);
        m_gl.bind_renderbuffer(GL_RENDERBUFFER, m_color);
        m_gl.renderbuffer_storage(GL_RENDERBUFFER, GL_RGBA8, size, size);
        m_gl.bind_framebuffer(GL_FRAMEBUFFER, m_fbo);
        m_gl.framebuffer_renderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_color);
        m_complete = m_gl.check_framebuffer_status(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    }
    ~TileTarget() {
        m_gl.bind_framebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(m_previous));
        m_gl.delete_renderbuffers(1, &m_color);
        m_gl.delete_framebuffers(1, &m_fbo);
    }
    TileTarget(const TileTarget&) = delete;
    TileTarget& operator=(const TileTarget&) = delete;
    [[nodiscard]] bool Complete() const { return m_complete; }

private:
    const FboApi& m_gl;
    GLint m_previous = 0;
    GLuint m_fbo = 0, m_color = 0;
    bool m_complete = false;
};

/// The title strip above the board: the board's title and its date.
/// `left`, `top`: where the image's top-left corner is in this tile.
void DrawTitleStrip(ui::UiContext& ctx, const model::Session& s, const ui::PrintGeometry& g, float left, float top) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(left, top), ImVec2(left + static_cast<float>(g.width), top + g.strip_h),
                      ui::Palette::kToolbarBg);
    const float size = g.strip_h * 0.5f;
    const float x = left + ctx.metrics.spacing_px * 3.0f * g.zoom;
    const std::string date = model::WorkshopDate(s); // the room's local day, as every export dates it
    const std::string text = s.title.empty() ? date : (date.empty() ? s.title : s.title + "   " + date);
    ui::DrawText(ctx, dl, ctx.fonts.title, size, x, top + (g.strip_h - size) * 0.5f, ui::Palette::kWhite, text);
}

} // namespace

int MaxRenderTile() {
    GLint tex = 0, rb = 0;
    GLint vp[2] = {0, 0};
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &tex);
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &rb);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, vp);
    int limit = 2048; // larger tiles save little time and cost 4 bytes a pixel twice over
    for (GLint v : {tex, rb, vp[0], vp[1]})
        if (v > 0)
            limit = std::min(limit, static_cast<int>(v));
    return limit;
}

BoardImageResult WriteBoardPng(const model::Session& session, const std::filesystem::path& png,
                               const BoardImageOptions& options) {
    BoardImageResult result;
    const std::string file = png.string();
    FboApi gl;
    if (!gl.Load()) {
        result.error = file + ": cannot render the board image (this OpenGL has no framebuffer objects)";
        return result;
    }
    ImGuiContext* previous = ImGui::GetCurrentContext();
    {
        ui::HeadlessHost host(ui::PrintScreen(), 0.0f, options.font.file, options.font.index);
        ui::GlyphSet glyphs;
        ui::HitRegistry hits;
        ui::BoardView board;
        board.SetPrintMode(true);
        ui::UiContext ctx;
        ctx.session = &session;
        ctx.session_revision = 1;
        ctx.tr = options.tr;
        ctx.language = options.language;
        ctx.glyphs = &glyphs;
        ctx.hits = &hits;
        ctx.photo = options.photo;
        ctx.role = workshop::Role::Facilitator; // nobody's token is selected: face-down notes stay face-down

        // The image is sized from the board view's own layout: its notes grow to hold
        // their whole text, measured with the atlas that holds the session's characters.
        ui::AddSessionText(glyphs, session);
        host.RebuildFontsIfNeeded(glyphs);
        ctx.fonts = host.Fonts();
        ctx.metrics = host.Metrics();
        board.PrepareLayout(ctx, 0.0f);
        const ui::BoardLayout layout = board.Layout();
        const std::int64_t max_pixels = options.max_pixels > 0 ? options.max_pixels : ui::kMaxPrintPixels;
        const ui::PrintGeometry g = ui::ComputePrintGeometry(layout, host.Metrics(), max_pixels);
        const int tile = std::max(64, options.max_tile > 0 ? std::min(options.max_tile, MaxRenderTile()) : MaxRenderTile());
        const std::vector<ui::PrintTile> tiles = ui::PlanTiles(g.width, g.height, tile);
        result.width = g.width;
        result.height = g.height;
        result.zoom = g.zoom;
        result.tiles = static_cast<int>(tiles.size());

        // Every tile is laid out in image coordinates (never negative: Dear ImGui
        // truncates text positions toward zero), inside a window covering just
        // that tile; the renderer is then pointed at the tile through DisplayPos.
        const float image_w = static_cast<float>(g.width), image_h = static_cast<float>(g.height);
        const auto draw_tile = [&](const ui::PrintTile& t) {
            host.FrameWith(ctx, [&](ui::UiContext& c) {
                hits.BeginFrame();
                ImGui::SetNextWindowPos(ImVec2(static_cast<float>(t.x), static_cast<float>(t.y)));
                ImGui::SetNextWindowSize(ImVec2(static_cast<float>(tile), static_cast<float>(tile)));
                ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
                ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
                ImGui::Begin("##jb_print", nullptr,
                             ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoBackground |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
                ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(image_w, image_h), ui::Palette::kBoardBg);
                ui::BoardCamera& cam = board.MutableCamera();
                cam.zoom = g.zoom;
                cam.pan_x = g.world_x;
                cam.pan_y = g.world_y - g.strip_h / g.zoom;
                board.Draw(c, {0, 0, image_w, image_h});
                if (static_cast<float>(t.y) < g.strip_h)
                    DrawTitleStrip(c, session, g, 0.0f, 0.0f);
                ImGui::End();
                ImGui::PopStyleVar(2);
            });
            ImDrawData* dd = ImGui::GetDrawData();
            dd->DisplayPos = ImVec2(static_cast<float>(t.x), static_cast<float>(t.y));
            dd->DisplaySize = ImVec2(static_cast<float>(tile), static_cast<float>(tile));
        };

        // Lay every tile out once without drawing pixels, so the atlas can be
        // built with every character the image needs before the first tile.
        host.SetDisplaySize(image_w, image_h);
        ui::AddSessionText(glyphs, session); // the atlas must hold it before the first tile is rendered
        glyphs.AddText(session.modified);
        for (int pass = 0; pass < 3; ++pass) {
            host.RebuildFontsIfNeeded(glyphs);
            for (const ui::PrintTile& t : tiles)
                draw_tile(t);
            if (!glyphs.Dirty())
                break;
        }

        std::vector<unsigned char> image;
        try {
            image.assign(static_cast<std::size_t>(g.width) * g.height * 3, 0);
        } catch (const std::bad_alloc&) {
            result.error = file + ": the board image (" + std::to_string(g.width) + "x" + std::to_string(g.height) +
                           ") does not fit in memory";
        }
        if (result.ok()) {
            host.MakeCurrent();
            ImGui_ImplOpenGL3_Init("#version 330 core");
            // Shaders and the font texture before the first tile is laid out: a tile's draw
            // list names the texture the atlas has when it is built. (The host's placeholder
            // id happened to be the first texture of a fresh GL context, so only the command
            // line got away with making them after the first tile; in the running app that id
            // is one of its own textures and the first tile came out white with black blocks.)
            ImGui_ImplOpenGL3_NewFrame();
            {
                TileTarget target(gl, tile);
                if (!target.Complete()) {
                    result.error = file + ": cannot render the board image (offscreen framebuffer " + std::to_string(tile) +
                                   " px is not supported)";
                } else {
                    std::vector<unsigned char> pixels(static_cast<std::size_t>(tile) * tile * 4);
                    for (const ui::PrintTile& t : tiles) {
                        draw_tile(t);
                        ImGui_ImplOpenGL3_NewFrame();
                        glViewport(0, 0, tile, tile);
                        glDisable(GL_SCISSOR_TEST);
                        glClearColor(1, 1, 1, 1);
                        glClear(GL_COLOR_BUFFER_BIT);
                        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
                        glPixelStorei(GL_PACK_ALIGNMENT, 1);
                        glReadPixels(0, 0, tile, tile, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
                        // GL rows count from the bottom: image row y of the tile is GL row tile-1-y.
                        for (int y = 0; y < t.h; ++y) {
                            const unsigned char* src = &pixels[(static_cast<std::size_t>(tile - 1 - y) * tile) * 4];
                            unsigned char* dst = &image[(static_cast<std::size_t>(t.y + y) * g.width + t.x) * 3];
                            for (int x = 0; x < t.w; ++x) {
                                dst[x * 3 + 0] = src[x * 4 + 0];
                                dst[x * 3 + 1] = src[x * 4 + 1];
                                dst[x * 3 + 2] = src[x * 4 + 2];
                            }
                        }
                    }
                }
            }
            host.MakeCurrent();
            ImGui_ImplOpenGL3_Shutdown();
        }
        if (result.ok())
            result.error = WritePngAtomic(file, g.width, g.height, 3, image.data(), g.width * 3);
        result.missing_glyphs = glyphs.UnsupportedCount();
    }
    ImGui::SetCurrentContext(previous);
    return result;
}

} // namespace jb::platform
