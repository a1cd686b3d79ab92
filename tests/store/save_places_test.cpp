// Where an unsaved board can go when the data folder fails (issue 17 item 1):
// USB sticks from the mount table, the Documents folder from user-dirs, and a
// copy that is a valid session file whatever the board's title.
#include "store/save_places.h"
#include "store/session_codec.h"
#include "store_test_util.h"

#include <catch2/catch.hpp>

using namespace jb;

TEST_CASE("USB sticks are the mounts under /media and /run/media, with escapes decoded", "[save_places]") {
    const std::string mounts = "proc /proc proc rw,nosuid 0 0\n"
                               "/dev/sda1 / ext4 rw 0 0\n"
                               "/dev/sdb1 /media/kiosk/KINGSTON vfat rw,nosuid 0 0\n"
                               "/dev/sdc1 /run/media/anna/My\\040Stick exfat rw 0 0\n"
                               "tmpfs /run/user/1000 tmpfs rw 0 0\n"
                               "/dev/sdd1 /mediaplayer ext4 rw 0 0\n"
                               "broken-line-without-fields\n";
    const std::vector<std::filesystem::path> got = store::RemovableMountPoints(mounts);
    REQUIRE(got.size() == 2);
    CHECK(got[0] == "/media/kiosk/KINGSTON");
    CHECK(got[1] == "/run/media/anna/My Stick");
    CHECK(store::RemovableMountPoints("").empty());
}

TEST_CASE("the Documents folder comes from user-dirs.dirs, else HOME/Documents", "[save_places]") {
    CHECK(store::DocumentsFolder("# comment\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n", "/home/k") == "/home/k/Dokumente");
    CHECK(store::DocumentsFolder("XDG_DOCUMENTS_DIR=\"/srv/docs\"\n", "/home/k") == "/srv/docs");
    CHECK(store::DocumentsFolder("XDG_DOCUMENTS_DIR=\"$HOME/\"\n", "/home/k") == "/home/k/Documents"); // disabled
    CHECK(store::DocumentsFolder("", "/home/k") == "/home/k/Documents");
    CHECK(store::DocumentsFolder("", nullptr).empty());
}

TEST_CASE("a copy's file name is safe on a FAT stick and keeps Chinese titles", "[save_places]") {
    CHECK(store::SaveCopyFileName("客服热线 / Q4: \"review\"?", "2026-12-07 10:30:00") ==
          "客服热线 _ Q4_ _review__ 2026-12-07 10-30-00.json");
    CHECK(store::SaveCopyFileName("  ..  ", "t") == "JourneyBoard t.json");
    const std::string long_title(300, 'x');
    CHECK(store::SaveCopyFileName(long_title, "t").size() <= 130);
    std::string cjk;
    for (int i = 0; i < 60; ++i)
        cjk += "旅"; // 3 bytes each: the cut must not split one
    const std::string name = store::SaveCopyFileName(cjk, "t");
    CHECK(name.substr(0, 120) == cjk.substr(0, 120));
}

TEST_CASE("a copy saved elsewhere loads back as the same board", "[save_places]") {
    test::TempDir dir;
    model::Session s = test::MakeSession("copy-1", 10);
    s.title = "客服热线: 复盘";
    std::string error;
    const std::filesystem::path file = store::SaveSessionCopy(s, dir.path(), "2026-12-07 10-30-00", error);
    REQUIRE(error.empty());
    REQUIRE(file.parent_path() == dir.path());
    const store::LoadResult back = store::LoadSessionFile(file);
    REQUIRE(back.ok());
    CHECK(back.session->title == s.title);
    CHECK(back.session->notes.size() == s.notes.size());
}

TEST_CASE("saving a copy into a folder that cannot be written says which file and why", "[save_places]") {
    test::TempDir dir;
    const model::Session s = test::MakeSession("copy-2", 1);
    std::string error;
    const std::filesystem::path missing = dir.path() / "unplugged";
    CHECK(store::SaveSessionCopy(s, missing, "t", error).empty());
    CHECK(error.find("unplugged") != std::string::npos);
}
