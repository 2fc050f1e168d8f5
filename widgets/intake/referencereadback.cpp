#include "widgets/intake/referencereadback.h"

#include "core/domain/referencenumber.h"
#include "widgets/appearance/themedstylesheet.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace civicdesk::widgets {

ReferenceReadback::ReferenceReadback(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("referenceReadback"));
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt;"));
    m_reference = new QLabel(this);
    m_reference->setObjectName(QStringLiteral("referenceNumber"));
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reference->setStyleSheet(QStringLiteral("font-size: 34pt; font-weight: bold; font-family: monospace; "
                                              "letter-spacing: 2px;"));
    m_copy = new QPushButton(tr("C&opy"), this);
    m_copy->setObjectName(QStringLiteral("copyReference"));
    m_copy->setToolTip(tr("Copy the reference number (Alt+O)"));
    m_copy->setAccessibleName(tr("Copy reference number"));
    m_phonetic = new QLabel(this);
    m_phonetic->setObjectName(QStringLiteral("referencePhonetic"));
    m_phonetic->setWordWrap(true);
    m_phonetic->setStyleSheet(QStringLiteral("font-size: 12pt;"));
    m_expected = new QLabel(this);
    m_expected->setObjectName(QStringLiteral("referenceExpected"));
    ThemedStyleSheet::set(m_expected,
                          QStringLiteral("font-size: 15pt; font-weight: bold; color: {success};"));
    m_finish = new QPushButton(tr("Finish call (Enter)"), this);
    m_finish->setObjectName(QStringLiteral("finishCall"));
    m_finish->setDefault(true);
    m_finish->setToolTip(tr("Record the end of the call (Enter)"));

    auto *referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_reference);
    referenceRow->addWidget(m_copy);
    referenceRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(referenceRow);
    layout->addWidget(m_phonetic);
    layout->addWidget(m_expected);
    layout->addSpacing(12);
    auto *finishRow = new QHBoxLayout;
    finishRow->addWidget(m_finish);
    finishRow->addStretch();
    layout->addLayout(finishRow);
    layout->addStretch();

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_referenceText); });
    connect(m_finish, &QPushButton::clicked, this, &ReferenceReadback::finishRequested);
}

void ReferenceReadback::showReference(const QString &reference, const QString &serviceName,
                                      const QString &expected)
{
    m_referenceText = reference;
    m_title->setText(tr("%1 request saved. Read the reference number to the caller:").arg(serviceName));
    m_reference->setText(reference);
    m_reference->setAccessibleName(tr("Reference number %1").arg(reference));
    m_phonetic->setText(core::referencenumber::phonetic(reference));
    m_expected->setText(expected.isEmpty() ? tr("No expected date for this service") : expected);
    m_finish->setFocus();
}

} // namespace civicdesk::widgets
