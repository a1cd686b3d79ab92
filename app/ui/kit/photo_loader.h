// Persona photos without freezing the screen: the size limit checked from the
// file's header, decoding and downscaling on a worker thread to the size the
// screen shows, and the cache the views ask each frame (the GL upload is the
// caller's, on the UI thread). No GL here, so tests drive it headless.
#pragma once

#include "ui/kit/ui_context.h"

#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace jb::ui {

/// Photos with a side over this, or more pixels than kMaxPhotoSide², are refused unread.
inline constexpr int kMaxPhotoSide = 8192;
inline constexpr long long kMaxPhotoPixels = static_cast<long long>(kMaxPhotoSide) * kMaxPhotoSide;
/// The largest size a photo is decoded to for the screen (a persona card at full zoom).
inline constexpr int kMaxShownSide = 1024;

/// What a PNG or JPEG header says (width 0 = not a PNG/JPEG header).
struct ImageHeader {
    int width = 0;
    int height = 0;
    const char* format = "";
};
/// Reads the dimensions from a PNG (IHDR) or JPEG (SOF) header without decoding; the
/// file position goes back to the start. Works for sizes stb_image refuses to look at.
[[nodiscard]] ImageHeader ReadImageHeader(std::FILE* file);

/// Why an image of w x h pixels is refused, naming the limit; empty when it is within.
[[nodiscard]] std::string PhotoSizeProblem(long long width, long long height);

/// The side decoded for a box `shown_px` wide: the next power of two up, from 32 to
/// kMaxShownSide, so zooming asks for few sizes and none is more than twice what shows.
[[nodiscard]] int PhotoStep(float shown_px);

struct PixelSize {
    int width = 0;
    int height = 0;
};
/// The size a src_w x src_h photo is decoded to for a square box of `box` pixels: the
/// shorter side covers the box (cards crop to a circle), never larger than the photo.
[[nodiscard]] PixelSize ChoosePhotoSize(int src_w, int src_h, int box);

/// RGBA8 pixels at the size to show, or why not.
struct DecodedPhoto {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba;
    std::string error;
    [[nodiscard]] bool ok() const { return error.empty() && width > 0 && height > 0; }
};

/// Opens an image file for reading: the one place photos are opened (what is not a
/// regular file is refused), so a rule about which files may be read lives here.
[[nodiscard]] std::FILE* OpenImageFile(const std::filesystem::path& file, std::string& error);

/// Checks the header, decodes and downscales to ChoosePhotoSize(.., box). Slow for big
/// photos: run it on PhotoLoader's worker, never in a frame.
[[nodiscard]] DecodedPhoto DecodePhoto(const std::filesystem::path& file, int box);

/// A queue of photos to decode and a worker thread that decodes them in order.
class PhotoLoader {
public:
    /// Manual: no thread; RunOne() decodes on the caller's thread (deterministic tests).
    enum class Mode { Thread, Manual };
    struct Done {
        std::filesystem::path file;
        int box = 0;
        DecodedPhoto photo;
    };

    explicit PhotoLoader(Mode mode = Mode::Thread);
    ~PhotoLoader();
    PhotoLoader(const PhotoLoader&) = delete;
    PhotoLoader& operator=(const PhotoLoader&) = delete;

    /// Queues a decode (once: a file and box already queued or running is not queued again).
    void Request(const std::filesystem::path& file, int box);
    /// The decodes finished since the last call.
    [[nodiscard]] std::vector<Done> TakeDone();
    /// Decodes queued or running.
    [[nodiscard]] std::size_t Pending() const;
    /// Called on the worker when a decode finished (the app wakes its frame loop).
    void SetOnDone(std::function<void()> on_done);
    /// Manual mode: decodes the oldest queued photo here; false when none was queued.
    bool RunOne();

private:
    struct State;
    std::shared_ptr<State> m_state; ///< shared with the worker, which may outlive this object at exit
    Mode m_mode;
};

/// What the views draw: the best photo ready now, while bigger ones decode.
class PhotoCache {
public:
    /// Turns decoded pixels into something to draw (a GL texture in the app).
    using Upload = std::function<Icon(const DecodedPhoto&)>;
    using Report = std::function<void(const std::string& file, const std::string& reason)>;

    PhotoCache(PhotoLoader& loader, Upload upload, Report report);

    /// The photo for a box `shown_px` wide: the size asked for when it is ready, else the
    /// largest ready one, else nothing (the card shows the initial). Never decodes here.
    [[nodiscard]] Icon Get(const std::filesystem::path& file, float shown_px);
    /// Get() that decodes on the caller's thread when the size is not ready: for image
    /// files (export), never for frames on screen.
    [[nodiscard]] Icon GetNow(const std::filesystem::path& file, float shown_px);
    /// Uploads what the worker finished and reports failures (once a file); call on the
    /// UI thread before a frame. True when something new can be drawn.
    bool Poll();
    /// Decodes still to come (the frame loop keeps waking for them).
    [[nodiscard]] bool Loading() const { return m_loader.Pending() > 0; }
    /// Pixels held for drawing: width x height of every upload so far (tests, bench).
    [[nodiscard]] long long UploadedPixels() const { return m_uploaded_pixels; }
    [[nodiscard]] int Uploads() const { return m_uploads; }

private:
    struct Entry {
        std::map<int, Icon> ready; ///< by box
        std::map<int, bool> asked; ///< boxes queued
        bool failed = false;
    };
    void Store(const std::filesystem::path& file, int box, const DecodedPhoto& photo);

    PhotoLoader& m_loader;
    Upload m_upload;
    Report m_report;
    std::map<std::string, Entry, std::less<>> m_entries;
    long long m_uploaded_pixels = 0;
    int m_uploads = 0;
};

} // namespace jb::ui
