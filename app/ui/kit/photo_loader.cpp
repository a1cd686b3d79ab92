// Photo limits, header reading, decoding off the frame, and the photo cache.
#include "ui/kit/photo_loader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stb_image.h>
#include <stb_image_resize.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <set>
#include <thread>
#include <utility>

namespace jb::ui {

// [SECTION] Limits and sizes

std::string PhotoSizeProblem(long long width, long long height) {
    if (width <= 0 || height <= 0)
        return "the image has no pixels";
    if (width <= kMaxPhotoSide && height <= kMaxPhotoSide && width * height <= kMaxPhotoPixels)
        return {};
    return "the image is " + std::to_string(width) + "x" + std::to_string(height) +
           " pixels; photos may be at most " + std::to_string(kMaxPhotoSide) + "x" + std::to_string(kMaxPhotoSide) +
           " pixels (" + std::to_string(kMaxPhotoPixels / 1000000) + " megapixels)";
}

int PhotoStep(float shown_px) {
    int step = 32;
    while (step < kMaxShownSide && static_cast<float>(step) < shown_px)
        step *= 2;
    return step;
}

PixelSize ChoosePhotoSize(int src_w, int src_h, int box) {
    if (src_w <= 0 || src_h <= 0 || box <= 0)
        return {};
    const int shorter = std::min(src_w, src_h);
    if (shorter <= box)
        return {src_w, src_h}; // never enlarged
    const double scale = static_cast<double>(box) / shorter;
    return {std::max(1, static_cast<int>(std::lround(src_w * scale))),
            std::max(1, static_cast<int>(std::lround(src_h * scale)))};
}

// [SECTION] Reading the header

namespace {

std::uint32_t Be32(const unsigned char* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

ImageHeader ReadJpegHeader(std::FILE* f) {
    // Markers after SOI until a start-of-frame, which holds the size.
    for (int guard = 0; guard < 10000; ++guard) {
        int c = std::fgetc(f);
        if (c != 0xFF)
            return {};
        while (c == 0xFF)
            c = std::fgetc(f);
        if (c == EOF)
            return {};
        if (c == 0x01 || (c >= 0xD0 && c <= 0xD7))
            continue; // no length
        unsigned char len[2];
        if (std::fread(len, 1, 2, f) != 2)
            return {};
        const int length = (len[0] << 8) | len[1];
        if (length < 2)
            return {};
        const bool sof = c >= 0xC0 && c <= 0xCF && c != 0xC4 && c != 0xC8 && c != 0xCC;
        if (sof) {
            unsigned char b[5];
            if (std::fread(b, 1, 5, f) != 5)
                return {};
            return {(b[3] << 8) | b[4], (b[1] << 8) | b[2], "jpeg"};
        }
        if (std::fseek(f, length - 2, SEEK_CUR) != 0)
            return {};
    }
    return {};
}

} // namespace

ImageHeader ReadImageHeader(std::FILE* f) {
    ImageHeader h;
    if (!f)
        return h;
    unsigned char b[24];
    const std::size_t n = std::fread(b, 1, sizeof b, f);
    static constexpr unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (n == sizeof b && std::memcmp(b, kPng, 8) == 0 && std::memcmp(b + 12, "IHDR", 4) == 0) {
        const std::uint32_t w = Be32(b + 16), hh = Be32(b + 20);
        // PNG sizes go up to 2^31-1: clamp so the limit check still sees "too large".
        h = {static_cast<int>(std::min<std::uint32_t>(w, std::numeric_limits<int>::max())),
             static_cast<int>(std::min<std::uint32_t>(hh, std::numeric_limits<int>::max())), "png"};
    } else if (n >= 2 && b[0] == 0xFF && b[1] == 0xD8) {
        std::fseek(f, 2, SEEK_SET);
        h = ReadJpegHeader(f);
    }
    std::fseek(f, 0, SEEK_SET);
    return h;
}

// [SECTION] Opening and decoding

std::FILE* OpenImageFile(const std::filesystem::path& file, std::string& error) {
    // The file is checked on the descriptor that is read, not on the path before it:
    // a link or a FIFO swapped in after the data folder's link rule passed is never
    // followed, and never blocks the worker (O_NONBLOCK matters only for a FIFO).
    const int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        error = errno == ELOOP ? "is a link (links are not followed)" : errno == ENOENT ? "not found" : std::strerror(errno);
        return nullptr;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        error = "not a regular file";
        ::close(fd);
        return nullptr;
    }
    std::FILE* f = ::fdopen(fd, "rb");
    if (!f) {
        error = std::strerror(errno);
        ::close(fd);
    }
    return f;
}

DecodedPhoto DecodePhoto(const std::filesystem::path& file, int box) {
    DecodedPhoto out;
    std::FILE* f = OpenImageFile(file, out.error);
    if (!f)
        return out;
    struct Closer {
        std::FILE* f;
        ~Closer() { std::fclose(f); }
    } closer{f};
    // The size first, from the header: a 30000x30000 photo is refused by its size, unread.
    const ImageHeader header = ReadImageHeader(f);
    if (header.width > 0) {
        if (std::string why = PhotoSizeProblem(header.width, header.height); !why.empty()) {
            out.error = std::move(why);
            return out;
        }
    }
    int w = 0, h = 0, comp = 0;
    if (!stbi_info_from_file(f, &w, &h, &comp)) {
        const char* why = stbi_failure_reason();
        out.error = std::string("not a readable PNG/JPEG image (") + (why ? why : "unknown") + ")";
        return out;
    }
    if (std::string why = PhotoSizeProblem(w, h); !why.empty()) {
        out.error = std::move(why);
        return out;
    }
    // Decoded in the file's own channels (no widened copy), scaled, then widened to RGBA small.
    unsigned char* data = stbi_load_from_file(f, &w, &h, &comp, 0);
    if (!data) {
        const char* why = stbi_failure_reason();
        out.error = std::string("cannot decode (") + (why ? why : "unknown") + ")";
        return out;
    }
    const PixelSize size = ChoosePhotoSize(w, h, box);
    std::vector<unsigned char> small(static_cast<std::size_t>(size.width) * size.height * comp);
    if (size.width == w && size.height == h)
        std::memcpy(small.data(), data, small.size());
    else
        stbir_resize_uint8(data, w, h, 0, small.data(), size.width, size.height, 0, comp);
    stbi_image_free(data);
    out.width = size.width;
    out.height = size.height;
    out.rgba.resize(static_cast<std::size_t>(size.width) * size.height * 4);
    for (std::size_t i = 0, n = static_cast<std::size_t>(size.width) * size.height; i < n; ++i) {
        const unsigned char* s = &small[i * comp];
        unsigned char* d = &out.rgba[i * 4];
        const bool grey = comp < 3;
        d[0] = s[0];
        d[1] = grey ? s[0] : s[1];
        d[2] = grey ? s[0] : s[2];
        d[3] = comp == 2 ? s[1] : comp == 4 ? s[3] : 0xFF;
    }
    return out;
}

// [SECTION] The loader queue and its worker

struct PhotoLoader::State {
    struct Job {
        std::filesystem::path file;
        int box = 0;
    };
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<Job> queue;
    std::set<std::pair<std::string, int>> pending; ///< queued or running
    std::vector<Done> done;
    std::function<void()> on_done;
    int notifying = 0; ///< on_done calls in progress (the destructor waits for them)
    bool stop = false;

    /// Decodes one job outside the lock; false when the queue was empty.
    bool RunOne(std::unique_lock<std::mutex>& lock) {
        if (queue.empty())
            return false;
        Job job = std::move(queue.front());
        queue.pop_front();
        lock.unlock();
        DecodedPhoto photo = DecodePhoto(job.file, job.box);
        lock.lock();
        pending.erase({job.file.string(), job.box});
        done.push_back({std::move(job.file), job.box, std::move(photo)});
        if (on_done) {
            const std::function<void()> notify = on_done;
            ++notifying;
            lock.unlock();
            notify();
            lock.lock();
            --notifying;
            wake.notify_all();
        }
        return true;
    }
};

PhotoLoader::PhotoLoader(Mode mode) : m_state(std::make_shared<State>()), m_mode(mode) {
    if (mode != Mode::Thread)
        return;
    // The worker holds the state itself: at exit it may still be inside a long decode,
    // which must not hold up quitting, so it is detached rather than joined.
    std::thread([state = m_state] {
        std::unique_lock<std::mutex> lock(state->mutex);
        while (!state->stop) {
            if (!state->RunOne(lock))
                state->wake.wait(lock, [&] { return state->stop || !state->queue.empty(); });
        }
    }).detach();
}

PhotoLoader::~PhotoLoader() {
    std::unique_lock<std::mutex> lock(m_state->mutex);
    m_state->stop = true;
    m_state->queue.clear();
    m_state->on_done = nullptr;
    m_state->wake.notify_all();
    // What on_done reaches (the window) may go right after this: no call may still be running.
    m_state->wake.wait(lock, [&] { return m_state->notifying == 0; });
}

void PhotoLoader::Request(const std::filesystem::path& file, int box) {
    {
        const std::lock_guard<std::mutex> lock(m_state->mutex);
        if (!m_state->pending.insert({file.string(), box}).second)
            return;
        m_state->queue.push_back({file, box});
    }
    m_state->wake.notify_one();
}

std::vector<PhotoLoader::Done> PhotoLoader::TakeDone() {
    const std::lock_guard<std::mutex> lock(m_state->mutex);
    return std::exchange(m_state->done, {});
}

std::size_t PhotoLoader::Pending() const {
    const std::lock_guard<std::mutex> lock(m_state->mutex);
    return m_state->pending.size();
}

void PhotoLoader::SetOnDone(std::function<void()> on_done) {
    const std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->on_done = std::move(on_done);
}

bool PhotoLoader::RunOne() {
    if (m_mode != Mode::Manual)
        return false;
    std::unique_lock<std::mutex> lock(m_state->mutex);
    return m_state->RunOne(lock);
}

// [SECTION] The cache the views ask

PhotoCache::PhotoCache(PhotoLoader& loader, Upload upload, Report report)
    : m_loader(loader), m_upload(std::move(upload)), m_report(std::move(report)) {}

Icon PhotoCache::Get(const std::filesystem::path& file, float shown_px) {
    const int box = PhotoStep(shown_px);
    Entry& e = m_entries[file.string()];
    if (e.failed)
        return {};
    // Ready at this size or larger: draw it (a larger one is already in memory).
    if (const auto it = e.ready.lower_bound(box); it != e.ready.end())
        return it->second;
    if (!e.asked[box]) {
        e.asked[box] = true;
        m_loader.Request(file, box);
    }
    return e.ready.empty() ? Icon{} : e.ready.rbegin()->second; // a smaller one meanwhile
}

Icon PhotoCache::GetNow(const std::filesystem::path& file, float shown_px) {
    const int box = PhotoStep(shown_px);
    if (const auto it = m_entries.find(file.string()); it != m_entries.end()) {
        if (it->second.failed)
            return {};
        if (const auto r = it->second.ready.lower_bound(box); r != it->second.ready.end())
            return r->second;
    }
    Store(file, box, DecodePhoto(file, box));
    return Get(file, shown_px);
}

void PhotoCache::Store(const std::filesystem::path& file, int box, const DecodedPhoto& photo) {
    Entry& e = m_entries[file.string()];
    if (!photo.ok()) {
        if (!e.failed && m_report)
            m_report(file.string(), photo.error); // once a file, whatever size was asked
        e.failed = true;
        e.ready.clear();
        return;
    }
    const Icon icon = m_upload ? m_upload(photo) : Icon{};
    m_uploaded_pixels += static_cast<long long>(photo.width) * photo.height;
    ++m_uploads;
    if (icon.valid())
        e.ready[box] = icon;
}

bool PhotoCache::Poll() {
    bool changed = false;
    for (PhotoLoader::Done& d : m_loader.TakeDone()) {
        Store(d.file, d.box, d.photo);
        changed = true;
    }
    return changed;
}

} // namespace jb::ui
