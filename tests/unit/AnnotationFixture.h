#pragma once

#include "EssayParser.h"
#include "Library.h"

// What the annotation unit tests share: a small bilingual essay (English lines each
// followed by their Chinese), stored under one path so that storing again is a
// re-import (a new hash each time), and annotations made by position.
class AnnotationFixture
{
protected:
    static constexpr const char16_t *kEssay = u"Chips and power.\n晶片與權力。\nWashington "
                                              u"restricts chip exports.\n華盛頓限制晶片出口。\n";

    qint64 store(duizhao::Library &library, const char16_t *text)
    {
        duizhao::ParsedEssay parsed = duizhao::EssayParser().parseText(QString::fromUtf16(text));
        parsed.encoding = QStringLiteral("UTF-8");
        return library.writer()
            .store(QStringLiteral("/essay.txt"), QString::number(++m_version), 1, parsed)
            .essayId;
    }

    static duizhao::Annotation at(qint64 essay, int block, int start, int end)
    {
        duizhao::Annotation annotation;
        annotation.essayId = essay;
        annotation.anchor.block = block;
        annotation.anchor.start = start;
        annotation.anchor.end = end;
        return annotation;
    }

private:
    int m_version = 0;
};
