#include "BlockContextMenu.h"

#include "AlignmentEditor.h"
#include "BlockKindLabel.h"
#include "EssayHtml.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

#include <algorithm>
#include <cstdlib>

namespace duizhao {

BlockContextMenu::BlockContextMenu(QObject *parent)
    : QObject(parent)
{}

void BlockContextMenu::addActions(QMenu *menu, const Essay &essay, int blockIndex, bool rawView)
{
    if (blockIndex < 0 || blockIndex >= essay.blocks.size())
        return;
    const BlockKind current = essay.blocks[blockIndex].kind;
    menu->addSeparator();
    QMenu *kinds = menu->addMenu(tr("Block %1 Is &a\u2026").arg(blockIndex));
    kinds->setObjectName(QStringLiteral("blockKindMenu"));
    auto *group = new QActionGroup(kinds);
    for (BlockKind kind : allBlockKinds()) {
        QAction *action = kinds->addAction(blockKindLabel(kind));
        action->setCheckable(true);
        action->setChecked(kind == current);
        group->addAction(action);
        const qint64 essayId = essay.id;
        connect(action, &QAction::triggered, this, [this, essayId, blockIndex, kind] {
            emit blockKindChangeRequested(essayId, blockIndex, kind);
        });
    }
    kinds->addSeparator();
    QAction *rule = kinds->addAction(tr("Every &Line Like This\u2026"));
    rule->setObjectName(QStringLiteral("structureRuleAction"));
    rule->setStatusTip(tr("Teach the importer: lines like this one, in this library and in "
                          "later imports, get the kind you choose"));
    const qint64 ruleEssayId = essay.id;
    connect(rule, &QAction::triggered, this, [this, ruleEssayId, blockIndex] {
        emit structureRuleRequested(ruleEssayId, blockIndex);
    });
    if (!rawView)
        menu->addAction(tr("Show Raw Blocks to Re-classify Hidden Ones"), this,
                        [this] { emit rawViewRequested(); });
    if (!rawView && EssayHtml::layoutFor(essay) == EssayHtml::Layout::Bilingual)
        addAlignmentActions(menu, essay, blockIndex);
}

void BlockContextMenu::addAlignmentActions(QMenu *menu, const Essay &essay, int blockIndex)
{
    const QList<Pair> &pairs = essay.pairs;
    const Block &block = essay.blocks[blockIndex];
    int row = -1;
    for (qsizetype r = 0; r < pairs.size(); ++r) {
        if (pairs[r].english.contains(blockIndex) || pairs[r].chinese.contains(blockIndex))
            row = int(r);
    }
    const qint64 essayId = essay.id;
    const auto request = [this, essayId](const QList<Pair> &edited) {
        emit alignmentChangeRequested(essayId, edited);
    };
    QMenu *alignment = menu->addMenu(tr("A&lignment"));
    alignment->setObjectName(QStringLiteral("alignmentMenu"));
    if (row >= 0) {
        const Pair &pair = pairs[row];
        QAction *merge = alignment->addAction(tr("&Merge With the Next Row"), this,
                                              [=] { request(AlignmentEditor::merge(pairs, row)); });
        merge->setObjectName(QStringLiteral("mergeRowAction"));
        merge->setEnabled(row + 1 < pairs.size());
        QAction *split = alignment->addAction(tr("&Split Row"), this,
                                              [=] { request(AlignmentEditor::split(pairs, row)); });
        split->setObjectName(QStringLiteral("splitRowAction"));
        split->setEnabled(pair.english.size() > 1 || pair.chinese.size() > 1);
        QAction *unpair = alignment->addAction(
            tr("&Unpair"), this, [=] { request(AlignmentEditor::unpair(pairs, row)); });
        unpair->setObjectName(QStringLiteral("unpairAction"));
    }
    // Pair with a nearby block of the other language (taking it out of its row).
    const bool english = block.language == Language::English;
    if (english || isChinese(block.language)) {
        QList<int> candidates;
        for (const Block &other : essay.blocks) {
            const bool otherLanguage =
                english ? isChinese(other.language) : other.language == Language::English;
            if (otherLanguage && EssayHtml::isShownInCleanView(other.kind) &&
                other.kind != BlockKind::Image)
                candidates << other.index;
        }
        std::sort(candidates.begin(), candidates.end(), [blockIndex](int a, int b) {
            return std::abs(a - blockIndex) < std::abs(b - blockIndex);
        });
        candidates = candidates.mid(0, 6);
        std::sort(candidates.begin(), candidates.end());
        QMenu *pairWith = alignment->addMenu(tr("&Pair With"));
        pairWith->setObjectName(QStringLiteral("pairWithMenu"));
        for (int other : std::as_const(candidates)) {
            const QString text = essay.blocks[other].text.simplified();
            QAction *action = pairWith->addAction(
                tr("Block %1: %2")
                    .arg(other)
                    .arg(text.left(28) +
                         (text.size() > 28 ? QStringLiteral("\u2026") : QString())));
            action->setData(other);
            connect(action, &QAction::triggered, this, [=] {
                request(english ? AlignmentEditor::pair(pairs, blockIndex, other)
                                : AlignmentEditor::pair(pairs, other, blockIndex));
            });
        }
        pairWith->setEnabled(!candidates.isEmpty());
    }
    if (essay.alignmentEdited) {
        alignment->addSeparator();
        alignment->addAction(tr("&Reset to the Automatic Alignment"), this,
                             [this, essayId] { emit alignmentResetRequested(essayId); });
    }
}

} // namespace duizhao
