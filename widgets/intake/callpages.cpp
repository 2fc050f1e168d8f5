#include "widgets/intake/callpages.h"

#include "widgets/intake/intakeform.h"
#include "widgets/intake/referencereadback.h"
#include "widgets/settings/shortcuthint.h"

#include <QAction>
#include <QLabel>
#include <QScrollArea>

namespace civicdesk::widgets {

using State = core::CallLifecycle::State;

CallPages::CallPages(IntakeForm *form, const QAction *newCall, QWidget *parent)
    : QStackedWidget(parent), m_readback(new ReferenceReadback(this))
{
    auto *idlePage = new QLabel(this);
    ShortcutHint::follow(newCall, idlePage, [idlePage](const QString &keys) {
        idlePage->setText(tr("<p style='font-size:16pt'>No call in progress.</p>"
                             "<p>Press <b>%1</b> to take a new call.</p>")
                              .arg(keys.toHtmlEscaped()));
    });
    idlePage->setObjectName(QStringLiteral("idlePage"));
    idlePage->setAlignment(Qt::AlignCenter);
    idlePage->setTextFormat(Qt::RichText);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    // In the order of the states, so that showState() is an index.
    addWidget(idlePage);
    addWidget(scroll);
    addWidget(m_readback);
}

void CallPages::showState(State state)
{
    switch (state) {
    case State::Idle:
        setCurrentIndex(0);
        break;
    case State::InCall:
    case State::Saving: // the form stays in view, locked
        setCurrentIndex(1);
        break;
    case State::Saved:
        setCurrentIndex(2);
        break;
    }
}

} // namespace civicdesk::widgets
