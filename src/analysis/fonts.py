"""Known CJK font files → registered with matplotlib, so charts draw Chinese on a fresh machine.

scripts/install_system_deps.sh installs Debian's fonts-noto-cjk (SIL OFL); we register its file by
path with `font_manager.addfont`, so neither a stale font cache nor fontconfig decides what we get.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

# First hit wins. ANALYSIS_CJK_FONT (a .ttc/.otf/.ttf path) goes before all of them.
CJK_FONT_FILES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # Debian, Ubuntu: fonts-noto-cjk
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",  # Arch: noto-fonts-cjk
    "/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc",  # Fedora
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # fonts-wqy-microhei (Apache-2.0/GPL)
    "/System/Library/Fonts/PingFang.ttc",  # macOS
    "C:/Windows/Fonts/msyh.ttc",  # Windows: Microsoft YaHei
)
# Within a collection, the face to use for Simplified Chinese.
PREFERRED_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei")
# Symbols the CJK fonts may lack (✓ ✗) fall back to DejaVu Sans, which matplotlib ships.
FALLBACK_FAMILY = "DejaVu Sans"


def candidate_files() -> list[Path]:
    """→ the CJK font files to try, in order (the ANALYSIS_CJK_FONT override first)."""
    env = os.environ.get("ANALYSIS_CJK_FONT")
    return [Path(p) for p in ((env,) if env else ()) + CJK_FONT_FILES]


@functools.cache
def cjk_family() -> str | None:
    """→ the family name of a registered CJK font, or None when no known font file exists."""
    from matplotlib import font_manager

    for path in candidate_files():
        if not path.is_file():
            continue
        before = {(f.fname, f.name) for f in font_manager.fontManager.ttflist}
        try:
            font_manager.fontManager.addfont(str(path))
        except (OSError, RuntimeError, ValueError):
            continue  # unreadable file: try the next one
        names = [f.name for f in font_manager.fontManager.ttflist
                 if f.fname == str(path) and (f.fname, f.name) not in before] or \
                [f.name for f in font_manager.fontManager.ttflist if f.fname == str(path)]
        for fam in PREFERRED_FAMILIES:
            if fam in names:
                return fam
        if names:
            return sorted(names)[0]
    return None


def font_families() -> list[str]:
    """→ the font.family list for charts: the CJK family (when there is one), then the fallback."""
    fam = cjk_family()
    return [fam, FALLBACK_FAMILY] if fam else [FALLBACK_FAMILY]
