#include "widgets/training/trainingbanner.h"

#include "widgets/appearance/themedstylesheet.h"

#include <QBoxLayout>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QToolBar>

namespace civicdesk::widgets {

namespace {
const char *const kBannerName = "trainingBanner";

QLabel *makeLabel(QWidget *parent)
{
    auto *label = new QLabel(TrainingBanner::text(), parent);
    label->setObjectName(QLatin1String(kBannerName));
    label->setAlignment(Qt::AlignCenter);
    label->setAccessibleName(TrainingBanner::text());
    // Loud on purpose: nobody should take a training call for a real one.
    ThemedStyleSheet::set(label, QStringLiteral("QLabel { background: {alarm-bg}; color: white; font-weight: "
                                                "bold; padding: 3px 12px; }"));
    return label;
}

void placeCorner(QWidget *window, QLabel *label)
{
    label->adjustSize();
    label->move(window->width() - label->width(), 0);
    label->raise();
}
} // namespace

TrainingBanner::TrainingBanner(QObject *parent) : QObject(parent) {}

QString TrainingBanner::text()
{
    return tr("TRAINING \u2013 not live");
}

QString TrainingBanner::titlePrefix()
{
    return tr("[TRAINING \u2013 not live]") + u' ';
}

bool TrainingBanner::isMarked(const QWidget *window)
{
    return window->property(kBannerName).toBool();
}

void TrainingBanner::mark(QWidget *window)
{
    if (!window || isMarked(window))
        return;
    window->setProperty(kBannerName, true);
    if (!window->windowTitle().startsWith(titlePrefix()))
        window->setWindowTitle(titlePrefix() + window->windowTitle());
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        auto *bar = new QToolBar(tr("Training"), main);
        bar->setObjectName(QStringLiteral("trainingBannerBar"));
        bar->setMovable(false);
        bar->setFloatable(false);
        QLabel *label = makeLabel(bar);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        bar->addWidget(label);
        main->addToolBarBreak(Qt::TopToolBarArea);
        main->addToolBar(Qt::TopToolBarArea, bar);
        return;
    }
    if (auto *box = qobject_cast<QBoxLayout *>(window->layout());
        box && (box->direction() == QBoxLayout::TopToBottom) && qobject_cast<QDialog *>(window)) {
        box->insertWidget(0, makeLabel(window));
        return;
    }
    // Message boxes and other layouts: a label in the top right corner, kept there on resize.
    placeCorner(window, makeLabel(window));
}

bool TrainingBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (!watched->isWidgetType())
        return false;
    auto *w = static_cast<QWidget *>(watched);
    if (!w->isWindow())
        return false;
    const Qt::WindowType type = w->windowType();
    if (type != Qt::Window && type != Qt::Dialog && type != Qt::Sheet)
        return false;
    if (event->type() == QEvent::Show) {
        mark(w);
    } else if (event->type() == QEvent::WindowTitleChange && isMarked(w) &&
               !w->windowTitle().startsWith(titlePrefix())) {
        w->setWindowTitle(titlePrefix() + w->windowTitle());
    } else if (event->type() == QEvent::Resize && isMarked(w) && !qobject_cast<QMainWindow *>(w)) {
        // The corner label of a window without a place in its layout follows the edge.
        auto *label = w->findChild<QLabel *>(QLatin1String(kBannerName), Qt::FindDirectChildrenOnly);
        if (label && !(w->layout() && w->layout()->indexOf(label) >= 0))
            placeCorner(w, label);
    }
    return false;
}

} // namespace civicdesk::widgets
