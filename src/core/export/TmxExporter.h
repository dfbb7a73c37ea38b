#pragma once

#include "Exporter.h"

namespace duizhao {

// The aligned pairs as a TMX 1.4b translation memory, for OmegaT, memoQ and Trados: one
// <tu> per pair that has both an English and a Chinese side, with a <tuv> per side
// (xml:lang "en", and "zh-Hans" or "zh-Hant" as the Chinese blocks are written) and props
// naming the essay (x-title, x-citation-key) and the blocks (x-en-block, x-zh-block:
// block indexes, comma-separated when a side has two). A side of several blocks is one
// segment: English blocks joined by a space, Chinese ones directly. Segment text is the
// blocks' original text without the scraped spaces around it; characters XML cannot hold
// become U+FFFD. Annotations play no part; the scope chooses the essays.
class TmxExporter : public Exporter
{
public:
    QByteArray write(const ExportSet &set) const override;
};

} // namespace duizhao
