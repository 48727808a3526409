"""Round 19, helper B (sixth pass): (1) the terms of a balance chain (年初结余…，加本年收入…，减本年支出…，年末结余…)
are no parts of the 收入总计/支出总计 identity; (2) a list of the first few of a ranking (排在前三位的是…, 居前五位的依次为…)
is a selection, never a complete split of its total. Decoys: the identity stated in its own terms is still judged; a
complete classification of the same total is still judged. Sentences invented."""
from analysis.rules.sums import parts_sum
from rules_cases import run

ALARMS = ("inconsistent", "missing")


def _v(text, year=2024):
    return [r["verdict"] for r in run(parts_sum, text, year)]


CHAIN = ("一、总体情况\n2024年度收入总计{t}万元，其中：财政拨款收入2,410.20万元；事业收入315.60万元；其他收入{o}万元。"
         "上年结转和结余86.40万元。\n2024年度支出总计2,790.30万元。\n"
         "二、结余情况\n年初结转和结余86.40万元，加本年收入{t}万元，减本年支出2,790.30万元，年末结转和结余{e}万元。\n")


def test_balance_chain_terms_are_no_identity_parts():
    v = _v(CHAIN.format(t="2,850.00", o="124.20", e="146.10"))
    assert not any(x in ALARMS for x in v)


def test_broken_twin_income_list_short():
    # the 其中 list adds to 2,850.00, not 2,950.00: the real split still fails
    v = _v(CHAIN.format(t="2,950.00", o="124.20", e="246.10"))
    assert "inconsistent" in v


def test_decoy_identity_in_its_own_terms_is_judged():
    ok = ("2024年度收入总计1,530.00万元，本年收入合计1,420.00万元，上年结转和结余110.00万元。"
          "2024年度支出总计1,530.00万元，本年支出合计1,480.00万元，年末结转和结余50.00万元。\n")
    assert "consistent" in _v(ok) and not any(x in ALARMS for x in _v(ok))
    assert "inconsistent" in _v(ok.replace("上年结转和结余110.00", "上年结转和结余120.00"))


RANKED = ("一、办理情况\n全年共受理来电来信{t}件。从受理方式看，电话受理6,200件，网络受理{n}件。"
          "按内容分，排在前三位的是住房保障类2,150件、劳动就业类1,380件、交通运输类960件，其余为环境卫生、教育等。\n")


def test_top_three_is_a_selection():
    v = _v(RANKED.format(t="9,000", n="2,800"))
    assert "consistent" in v and not any(x in ALARMS for x in v)


def test_broken_twin_channel_split_fails():
    v = _v(RANKED.format(t="9,000", n="2,600"))
    assert "inconsistent" in v


def test_top_five_in_other_words():
    text = ("全年受理投诉5,400件。按类别分，居前五位的依次为食品类900件、服装类700件、家电类600件、"
            "通讯类500件、装修类400件。\n")
    assert not any(x in ALARMS for x in _v(text))


def test_decoy_complete_classification_is_judged():
    text = "全年受理投诉5,400件。按类别分，食品类2,900件、服装类1,700件、其他类600件。\n"
    assert "inconsistent" in _v(text)
    assert "consistent" in _v(text.replace("2,900", "3,100"))


def test_broken_twin_chain_itself_is_judged():
    # 86.40 + 2,850.00 − 2,790.30 = 146.10, not 164.10: the chain is arithmetic of a balance and is judged as such
    v = _v(CHAIN.format(t="2,850.00", o="124.20", e="164.10"))
    assert "inconsistent" in v
    assert "consistent" in _v(CHAIN.format(t="2,850.00", o="124.20", e="146.10"))
