#pragma once

#include "EssayParser.h"
#include "Library.h"

#include <QDateTime>
#include <QString>

// A small annotated library for the export tests, written for them (never corpus text).
// Full-width punctuation is written as escapes: \uFF0C is ",", \uFF1A is ":".
namespace ExportFixture {

inline QString bilingualText()
{
    return QString::fromUtf16(
        u"Open Standards and Trust\n"
        u"\u958B\u653E\u6A19\u6E96\u8207\u4FE1\u4EFB\n"
        u"Standards bodies rarely make headlines, yet they decide which devices can talk to each "
        u"other.\n"
        u"標準組織很少登上頭條\uFF0C卻決定了哪些裝置能夠互相溝通。\n"
        u"A rule written in one capital can become a global default within a decade.\n"
        u"在一個首都寫下的規則\uFF0C可能在十年內成為全球預設。\n"
        u"廣告\n"
        u"Trust, not technical merit, is what usually decides the vote.\n"
        u"真正決定投票結果的\uFF0C往往是信任\uFF0C而不是技術優劣。\n");
}

inline QString simplifiedText()
{
    return QString::fromUtf16(
        u"开源芯片的下一步\n"
        u"作者 王小明\n"
        u"过去五年\uFF0C开源指令集从实验室走进了工厂。\n"
        u"但是生态比指令集本身更难建立\uFF1A编译器、操作系统和工具链都需要多年投入。\n"
        u"芯片设计的门槛正在降低\uFF0C人才的门槛却没有。\n");
}

inline qint64 store(duizhao::Library &library, const QString &path, const QString &sha256,
                    const QString &text)
{
    duizhao::ParsedEssay parsed = duizhao::EssayParser().parseText(text);
    parsed.encoding = QStringLiteral("UTF-8");
    return library.writer().store(path, sha256, text.toUtf8().size(), parsed).essayId;
}

// The annotation at the first occurrence of `quote` in `block`.
inline duizhao::Annotation at(duizhao::Library &library, qint64 essay, int block,
                              const QString &quote)
{
    const QString text = library.essays().find(essay)->blocks.at(block).text;
    const qsizetype from = text.indexOf(quote);
    duizhao::Annotation annotation;
    annotation.essayId = essay;
    annotation.anchor.block = block;
    annotation.anchor.start = int(from);
    annotation.anchor.end = int(from + quote.size());
    return annotation;
}

// Adds, then puts it back with fixed dates so exports are the same on every run.
inline qint64 add(duizhao::Library &library, const duizhao::Annotation &annotation, int minute)
{
    const qint64 id = library.annotations().add(annotation);
    duizhao::Annotation stored = *library.annotations().remove(id);
    stored.created = QDateTime(QDate(2024, 3, 1), QTime(9, minute), Qt::UTC);
    stored.modified = stored.created.addSecs(3600);
    library.annotations().restore(stored);
    return id;
}

inline const QString kBilingualPath = QStringLiteral("/library/open-standards.txt");
inline const QString kBilingualSha =
    QStringLiteral("1111111111111111111111111111111111111111111111111111111111111111");
inline const QString kSimplifiedPath = QStringLiteral("/library/open-chips.txt");
inline const QString kSimplifiedSha =
    QStringLiteral("2222222222222222222222222222222222222222222222222222222222222222");

// The two essays and their notes: claims, tags with spaces, a counterpart selection,
// an own colour, a multi-line note.
inline void build(duizhao::Library &library)
{
    using duizhao::Annotation;
    const qint64 bilingual = store(library, kBilingualPath, kBilingualSha, bilingualText());
    const qint64 simplified = store(library, kSimplifiedPath, kSimplifiedSha, simplifiedText());

    Annotation headlines = at(library, bilingual, 2, QStringLiteral("rarely make headlines"));
    headlines.tags = {QStringLiteral("standards"), QStringLiteral("media coverage")};
    headlines.claimType = QStringLiteral("opinion");
    headlines.verdict = QStringLiteral("supported");
    headlines.note = QStringLiteral("Compare with *the 2019 vote*.\nSecond line.");
    add(library, headlines, 0);

    Annotation defaults = at(library, bilingual, 5, QString::fromUtf16(u"十年內成為全球預設"));
    defaults.counterpartQuote = QStringLiteral("a global default within a decade");
    defaults.tags = {QStringLiteral("defaults")};
    add(library, defaults, 1);

    Annotation trust = at(library, bilingual, 7, QStringLiteral("Trust, not technical merit"));
    trust.claimType = QStringLiteral("factual");
    trust.color = QStringLiteral("#90CAF9");
    trust.note = QStringLiteral("Who counts the votes | and `how`?");
    add(library, trust, 2);

    Annotation toolchain =
        at(library, simplified, 3, QString::fromUtf16(u"编译器、操作系统和工具链"));
    toolchain.tags = {QString::fromUtf16(u"生态")};
    toolchain.note = QString::fromUtf16(u"生态 > 指令集");
    add(library, toolchain, 3);
}

} // namespace ExportFixture
