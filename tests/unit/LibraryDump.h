#pragma once

#include "Library.h"

#include <QStringList>

// Everything a user made or corrected in a library, as text lines that QCOMPARE can
// show: essays (metadata, blocks with kind and text, pairs, whether the alignment is
// the user's), annotations (anchor, tags, note, claim, orphaned, dates), tags and
// structure rules. Two libraries with equal dumps hold the same work.
inline QStringList libraryDump(duizhao::Library &library)
{
    using namespace duizhao;
    QStringList lines;
    for (const EssayDetails &details : library.essays().all()) {
        const std::optional<Essay> essay = library.essays().find(details.id);
        lines << QStringLiteral("essay %1 %2 | %3 | %4 | %5 | %6 | %7 | edited %8 | aligned %9")
                     .arg(QString::number(essay->id), essay->file, essay->title, essay->author,
                          essay->outlet, essay->date, essay->url, essay->editedFields.join(u','),
                          essay->alignmentEdited ? QStringLiteral("user") : QStringLiteral("auto"));
        for (const Block &block : essay->blocks)
            lines << QStringLiteral("  block %1 %2 %3 %4")
                         .arg(block.index)
                         .arg(blockKindName(block.kind), languageTag(block.language), block.text);
        for (const Pair &pair : essay->pairs) {
            QStringList english, chinese;
            for (int index : pair.english)
                english << QString::number(index);
            for (int index : pair.chinese)
                chinese << QString::number(index);
            lines << QStringLiteral("  pair %1 | %2").arg(english.join(u','), chinese.join(u','));
        }
    }
    for (const Annotation &a : library.annotations().ofEssay()) {
        lines << QStringLiteral("annotation %1 essay %2 [%3 %4 %5) %6 | tags %7 | %8 | %9 %10 | "
                                "orphaned %11 | dates %12 %13")
                     .arg(QString::number(a.id), QString::number(a.essayId),
                          QString::number(a.anchor.block), QString::number(a.anchor.start),
                          QString::number(a.anchor.end), a.anchor.quote, a.tags.join(u','), a.note,
                          a.claimType)
                     .arg(a.verdict, a.orphaned ? QStringLiteral("yes") : QStringLiteral("no"),
                          a.created.toString(Qt::ISODateWithMs),
                          a.modified.toString(Qt::ISODateWithMs));
    }
    for (const Tag &tag : library.tags().all())
        lines << QStringLiteral("tag %1 %2 %3 %4 parent %5 used %6")
                     .arg(QString::number(tag.id), tag.name, tag.color, tag.description,
                          QString::number(tag.parentId), QString::number(tag.usage));
    for (const StructureRule &rule : library.rules().all())
        lines << QStringLiteral("rule %1 %2 %3 %4 %5 %6")
                     .arg(QString::number(rule.id), rule.text, structureMatchName(rule.match),
                          rule.site, blockKindName(rule.kind),
                          rule.created.toString(Qt::ISODateWithMs));
    return lines;
}

// The dump without the annotations' dates: a redo writes the change again, at a new time.
inline QStringList withoutDates(QStringList lines)
{
    for (QString &line : lines) {
        const qsizetype dates = line.indexOf(QStringLiteral(" | dates "));
        if (dates >= 0)
            line.truncate(dates);
    }
    return lines;
}
