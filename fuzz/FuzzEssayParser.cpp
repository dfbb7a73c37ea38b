// libFuzzer target: arbitrary bytes through the whole ingest pipeline (decode, blocks,
// residue, languages, pairs, metadata), as an imported file would go.
//
// Beyond "no crash, no sanitizer report", it checks what the rest of the program relies
// on: blocks are numbered 0..n-1 in order, each block's text is a line of the decoded
// text exactly, pairs name existing blocks, each block at most once.
#include "Decoder.h"
#include "EssayParser.h"

#include <QByteArray>
#include <QSet>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const duizhao::EssayParser parser;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<duizhao::ParsedEssay> essay = parser.parse(bytes, &error);
    if (!essay) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const QString text = duizhao::Decoder::decode(bytes).text;
    for (qsizetype i = 0; i < essay->blocks.size(); ++i) {
        const duizhao::Block &block = essay->blocks[i];
        if (block.index != i || block.text.isEmpty() || !text.contains(block.text))
            std::abort();
    }
    QSet<int> paired;
    for (const duizhao::Pair &pair : essay->pairs) {
        for (const QList<int> *side : {&pair.english, &pair.chinese}) {
            for (int index : *side) {
                if (index < 0 || index >= essay->blocks.size() || paired.contains(index))
                    std::abort();
                paired.insert(index);
            }
        }
    }
    return 0;
}
