"""A reviewer may cite a source while the claim is in review (reviews.services.claim_add_evidence):
the history records it as its own step, add_evidence."""

from django.conf import settings
from django.db import migrations, models

from factcheck.db import vendor_sql

# SQLite rebuilds reviews_reviewevent to change its check constraint, and a rebuilt table
# loses its triggers: the append-only ones of 0002 are dropped first and made again after.
_TRIGGERS = [f"reviews_reviewevent_no_{op}" for op in ("update", "delete")]
DROP = {"sqlite": "\n--;\n".join(f"DROP TRIGGER IF EXISTS {name};" for name in _TRIGGERS)}
CREATE = {
    "sqlite": "\n--;\n".join(
        f"CREATE TRIGGER {name} BEFORE {name.rsplit('_', 1)[1].upper()} ON reviews_reviewevent "
        "BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END;"
        for name in _TRIGGERS
    )
}


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0009_article_revisions'),
        ('reviews', '0002_immutable_history_and_roles'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        vendor_sql(DROP, CREATE),
        migrations.RemoveConstraint(
            model_name='reviewevent',
            name='reviewevent_action_valid',
        ),
        migrations.AlterField(
            model_name='reviewevent',
            name='action',
            field=models.CharField(choices=[('start_review', 'Started review'), ('assign', 'Assigned'), ('verdict', 'Gave verdict'), ('approve', 'Approved'), ('reopen', 'Reopened'), ('correct', 'Corrected extracted fields'), ('apply_group_verdict', "Applied the group's verdict"), ('add_evidence', 'Added evidence')], max_length=30),
        ),
        migrations.AddConstraint(
            model_name='reviewevent',
            constraint=models.CheckConstraint(condition=models.Q(('action__in', ['start_review', 'assign', 'verdict', 'approve', 'reopen', 'correct', 'apply_group_verdict', 'add_evidence'])), name='reviewevent_action_valid'),
        ),
        vendor_sql(CREATE, DROP),
    ]
