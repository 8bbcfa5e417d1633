ARTICLE = 'polnear:train/text/breitbart_2015-11-16_o-malley-campaign-to-shift-staff.txt'
C('event', 'O’Malley campaign to shift staff, resources to Iowa')
C('event', 'Democratic presidential candidate Martin O’Malley is shifting staff and resources to Iowa as his campaign struggles to raise money')
C('prediction', 'it will shift staff from its Baltimore headquarters to the early states')
C('quote', 'always run a lean campaign and will continue to do so.')
C('statistic', 'The former Maryland governor has been mired in single digits in polls behind Hillary Rodham Clinton and Bernie Sanders')
Q('single digits', 1, 'percent', max=9, approx=True)
C('event', 'He’s been ratcheting up his critique of his opponents, most recently in last weekend’s debate')
C('statistic', 'Through the end of September, O’Malley had raised $3.2 million and had about $800,000 in his campaign account')
Q('$3.2 million', 3.2e6, 'currency', currency='USD')
Q('about $800,000', 800000, 'currency', currency='USD', approx=True)
C('prediction', 'the campaign will be pursuing federal matching funds')
C('quote', 'compete vigorously for the nomination.')
C('event', 'O’Malley’s move was first reported by MSNBC')

F('unsupported-assertion', 'The former Maryland governor has been mired in single digits in polls behind Hillary Rodham Clinton and Bernie Sanders',
  'poll standing with no poll named')
F('unsupported-assertion', 'Through the end of September, O’Malley had raised $3.2 million and had about $800,000 in his campaign account',
  'fundraising figures with no source (FEC filings not cited)')
